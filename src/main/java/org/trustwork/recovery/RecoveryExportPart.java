package org.trustwork.recovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.trustwork.couple.CoupleExportPart;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The couple's story in their data export: phases and shared markers in {@code recovery.json}; what is private to one
 * partner (a trigger episode, contact from the affair partner) only in that partner's own folder.
 */
@Component
class RecoveryExportPart implements CoupleExportPart {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final RecoveryMarkerRepository markers;
    private final CouplePhaseRepository phases;

    RecoveryExportPart(RecoveryMarkerRepository markers, CouplePhaseRepository phases) {
        this.markers = markers;
        this.phases = phases;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ExportFile> filesFor(long coupleId) {
        List<RecoveryMarker> all = markers.findByCoupleIdOrderByDayAscIdAsc(coupleId);
        var shared = new LinkedHashMap<String, Object>();
        shared.put("phases", phases.findByCoupleIdOrderBySinceAsc(coupleId).stream().map(p -> {
            var row = new LinkedHashMap<String, Object>();
            row.put("phase", p.getPhase().label());
            row.put("since", p.getSince());
            return row;
        }).toList());
        shared.put("markers", all.stream().filter(m -> m.getPrivateTo() == null).map(RecoveryExportPart::row).toList());
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile("recovery.json", JSON.writeValueAsBytes(shared)));
        Map<Long, List<RecoveryMarker>> privately = all.stream().filter(m -> m.getPrivateTo() != null)
                .collect(Collectors.groupingBy(RecoveryMarker::getPrivateTo, TreeMap::new, Collectors.toList()));
        privately.forEach((partner, theirs) -> files.add(new ExportFile(CoupleExportPart.privateFile(partner,
                "private-markers.json"), JSON.writeValueAsBytes(theirs.stream().map(RecoveryExportPart::row).toList()))));
        return files;
    }

    private static Map<String, Object> row(RecoveryMarker m) {
        var row = new LinkedHashMap<String, Object>();
        row.put("kind", m.getKind().label());
        row.put("day", m.getDay());
        row.put("note", m.getNote());
        row.put("loggedByAccountId", m.getLoggedBy());
        return row;
    }
}
