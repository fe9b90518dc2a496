package org.trustwork.session;

import org.trustwork.base.domain.HasText;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.trustwork.account.Role;
import org.trustwork.session.SessionViews.SessionDetails;
import org.trustwork.session.SessionViews.TemplateInfo;

/** A therapist's own agenda templates: save an agenda once, start later sessions from it. */
@Service
@Validated
public class AgendaTemplateService {

    private final AgendaTemplateRepository templates;
    private final SessionAccess access;
    private final SessionService sessionService;

    AgendaTemplateService(AgendaTemplateRepository templates, SessionAccess access, SessionService sessionService) {
        this.templates = templates;
        this.access = access;
        this.sessionService = sessionService;
    }

    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public TemplateInfo saveAsTemplate(long sessionId, @HasText @Size(max = AgendaTemplate.NAME_MAX) String name) {
        TherapySession session = access.sessionForTherapist(sessionId);
        List<AgendaTemplate.Step> steps = session.getItems().stream()
                .map(i -> new AgendaTemplate.Step(i.getPracticeId(), i.getTitle(), i.getTimeBoxMinutes()))
                .toList();
        if (steps.isEmpty()) {
            throw new SessionStateException("Add at least one agenda item before saving a template.");
        }
        return info(templates.save(new AgendaTemplate(access.me(), name.strip(), steps)));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(Role.IS_THERAPIST)
    public List<TemplateInfo> myTemplates() {
        return templates.findByTherapistIdOrderByName(access.me()).stream().map(AgendaTemplateService::info).toList();
    }

    /** Appends the template's items to a session's agenda. */
    @Transactional
    @PreAuthorize(Role.IS_THERAPIST)
    public SessionDetails applyTemplate(long sessionId, long templateId) {
        TherapySession session = access.sessionForTherapist(sessionId);
        AgendaTemplate template = templates.findById(templateId)
                .filter(t -> t.getTherapistId() == access.me())
                .orElseThrow(() -> new AccessDeniedException("Not one of your templates"));
        template.getSteps().forEach(step -> sessionService.refuseHeldBack(session, step.getPracticeId()));
        template.getSteps().forEach(step -> session.addItem(step.getPracticeId(), step.getTitle(),
                step.getTimeBoxMinutes(), null));
        return sessionService.changed(session, "agenda: template " + templateId + " applied");
    }

    private static TemplateInfo info(AgendaTemplate template) {
        return new TemplateInfo(template.getId(), template.getName(), template.getSteps().size(),
                template.getSteps().stream().mapToInt(AgendaTemplate.Step::getTimeBoxMinutes).sum());
    }
}
