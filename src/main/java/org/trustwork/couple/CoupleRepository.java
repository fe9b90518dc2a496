package org.trustwork.couple;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoupleRepository extends JpaRepository<Couple, Long> {

    @Query("""
            select c from Couple c
            where c.therapist.id = :therapistId
              and lower(c.displayName) like concat('%', :text, '%') escape '\\'
            """)
    List<Couple> findCaseload(@Param("therapistId") long therapistId, @Param("text") String text, Pageable page);

    @Query("""
            select count(c) from Couple c
            where c.therapist.id = :therapistId
              and lower(c.displayName) like concat('%', :text, '%') escape '\\'
            """)
    long countCaseload(@Param("therapistId") long therapistId, @Param("text") String text);

    long countByTherapistId(long therapistId);

    @Query("select c from Couple c join fetch c.therapist order by c.displayName")
    List<Couple> findAllWithTherapist();
}
