package org.trustwork.partner.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.trustwork.account.Role;
import org.trustwork.homework.HomeworkService;
import org.trustwork.homework.HomeworkViews.PartnerTask;

/** Everything that was due before today, per assignment and most recent first: the page My homework leaves out. */
@Route("my-homework/history")
@PageTitle("Past homework")
@RolesAllowed(Role.PARTNER_NAME)
public class MyHomeworkHistoryView extends VerticalLayout {

    MyHomeworkHistoryView(HomeworkService homework) {
        addClassNames("tw-page", "tw-homework-page", "tw-homework-history");
        var back = new RouterLink("Back to My homework", MyHomeworkView.class);
        back.addClassName("tw-history-link");
        add(back);
        List<PartnerTask> past = homework.myHistory();
        if (past.isEmpty()) {
            add(new Paragraph("Nothing was due before today yet."));
            return;
        }
        var byAssignment = new LinkedHashMap<Long, List<PartnerTask>>();
        past.forEach(t -> byAssignment.computeIfAbsent(t.assignmentId(), id -> new ArrayList<>()).add(t));
        byAssignment.values().forEach(tasks -> {
            long done = tasks.stream().filter(PartnerTask::done).count();
            // Newest first: the last of the list was due first.
            var summary = new Span(new Span(tasks.getFirst().title()), new Span("done " + done + " of " + tasks.size()
                    + " · due " + MyHomeworkView.DAY.format(tasks.getLast().dueDate()) + " to "
                    + MyHomeworkView.DAY.format(tasks.getFirst().dueDate())));
            summary.addClassName("tw-missed-summary");
            var days = new Div();
            days.addClassName("tw-history-days");
            tasks.forEach(task -> {
                var line = new Div(new Span(MyHomeworkView.DAY.format(task.dueDate())),
                        new Span(task.done() ? "done" : "not marked done"));
                line.addClassName(task.done() ? "tw-history-done" : "tw-history-open");
                days.add(line);
            });
            var details = new Details(summary, days);
            details.addClassNames("tw-card", "tw-history-assignment");
            add(details);
        });
    }
}
