package org.trustwork.practice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PracticeRepository extends JpaRepository<Practice, Long> {

    @EntityGraph(attributePaths = {"prompts", "tags"})
    @Query("select p from Practice p order by p.number")
    List<Practice> findAllWithDetails();

    @EntityGraph(attributePaths = {"prompts", "tags"})
    Optional<Practice> findBySlug(String slug);

    @EntityGraph(attributePaths = {"prompts", "tags"})
    Optional<Practice> findWithDetailsById(long id);

    @Query("select p.id from Practice p where p.heldBackUntilSafetyFollowUp = true")
    List<Long> findHeldBackUntilSafetyFollowUp();
}
