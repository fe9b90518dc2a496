package org.trustwork.couple;

import java.util.List;
import java.util.Optional;
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

    /** The couple with its therapist, whose id decides access and whose name the record shows: one statement. */
    @Query("select c from Couple c join fetch c.therapist where c.id = :coupleId")
    Optional<Couple> findWithTherapist(@Param("coupleId") long coupleId);

    /** The couple's therapist and each partner's account: one row per partner, or one with no partner. */
    @Query("""
            select c.therapist.id, p.account.id from Couple c left join Partner p on p.couple = c
            where c.id = :coupleId
            """)
    List<Object[]> careTeamRows(@Param("coupleId") long coupleId);

    @Query("select c from Couple c join fetch c.therapist order by c.displayName")
    List<Couple> findAllWithTherapist();

    // The admin's search: the couple's, therapist's or a partner's name or e-mail. Optional status through a flag,
    // not a null parameter, because PostgreSQL cannot type a bare null.
    @Query("""
            select c from Couple c join fetch c.therapist t
            where (lower(c.displayName) like concat('%', :text, '%') escape '\\'
                   or lower(t.displayName) like concat('%', :text, '%') escape '\\'
                   or exists (select p.id from Partner p join p.account a where p.couple = c
                              and (lower(a.displayName) like concat('%', :text, '%') escape '\\'
                                   or lower(a.email) like concat('%', :text, '%') escape '\\')))
              and (:anyStatus = true or c.status = :status)
            order by c.displayName, c.id
            """)
    List<Couple> findForAdmin(@Param("text") String text, @Param("anyStatus") boolean anyStatus,
                              @Param("status") CoupleStatus status, Pageable page);

    @Query("""
            select count(c) from Couple c join c.therapist t
            where (lower(c.displayName) like concat('%', :text, '%') escape '\\'
                   or lower(t.displayName) like concat('%', :text, '%') escape '\\'
                   or exists (select p.id from Partner p join p.account a where p.couple = c
                              and (lower(a.displayName) like concat('%', :text, '%') escape '\\'
                                   or lower(a.email) like concat('%', :text, '%') escape '\\')))
              and (:anyStatus = true or c.status = :status)
            """)
    long countForAdmin(@Param("text") String text, @Param("anyStatus") boolean anyStatus,
                       @Param("status") CoupleStatus status);
}
