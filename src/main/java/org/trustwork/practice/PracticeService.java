package org.trustwork.practice;

import org.springframework.security.access.prepost.PreAuthorize;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.account.Role;

/** The practice catalogue is the same for everyone who may read it; it holds no clinical data. */
@Service
public class PracticeService {

    private final PracticeRepository practices;
    /**
     * The whole catalogue, read once: it changes only when CatalogueLoader loads the seed file (at start-up), which
     * calls {@link #catalogueChanged}. Every live session's practice picker shares these immutable records instead
     * of reading the catalogue (with prompts and tags) twice and keeping its own copy per open session.
     */
    private volatile List<PracticeInfo> catalogue;

    PracticeService(PracticeRepository practices) {
        this.practices = practices;
    }

    /** Called by CatalogueLoader when a load's transaction ends (committed or not): the next read fetches again. */
    void catalogueChanged() {
        catalogue = null;
    }

    private List<PracticeInfo> cached() {
        List<PracticeInfo> all = catalogue;
        if (all == null) {
            all = practices.findAllWithDetails().stream().map(PracticeInfo::of).toList();
            catalogue = all;
        }
        return all;
    }

    /** The catalogue is 25 rows, so filtering the cached list is simpler and faster than a query per filter. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public List<PracticeInfo> search(PracticeFilter filter) {
        return cached().stream()
                .filter(p -> filter.phase() == null || p.phase() == filter.phase())
                .filter(p -> p.asks(filter.asksOf()))
                .filter(p -> p.matches(filter.text()))
                .toList();
    }

    /** The whole catalogue without a role check: published therapy content, no clinical data (for data exports). */
    @Transactional(readOnly = true)
    public List<PracticeInfo> catalogue() {
        return cached();
    }

    /** The "asks of" values some practice answers to, in their natural order, so no filter choice is always empty. */
    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public List<AsksOf> asksOfInUse() {
        var all = cached();
        return java.util.Arrays.stream(AsksOf.values()).filter(who -> all.stream().anyMatch(p -> p.asks(who))).toList();
    }

    /**
     * The practices (ids) that wait while a partner's positive safety screen has no follow-up recorded
     * ({@code heldBackUntilSafetyFollowUp} in seeds/practices.yaml). Catalogue data, no clinical data.
     */
    @Transactional(readOnly = true)
    public java.util.Set<Long> heldBackUntilSafetyFollowUp() {
        return java.util.Set.copyOf(practices.findHeldBackUntilSafetyFollowUp());
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public Optional<PracticeInfo> byId(long id) {
        return practices.findWithDetailsById(id).map(PracticeInfo::of);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST_OR_PARTNER)
    public Optional<PracticeInfo> bySlug(String slug) {
        return practices.findBySlug(slug).map(PracticeInfo::of);
    }
}
