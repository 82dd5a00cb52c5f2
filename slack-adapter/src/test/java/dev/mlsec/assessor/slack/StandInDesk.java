package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.identity.Space;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** An in-memory stand-in for the assessment and report services, scoped by space like them. */
final class StandInDesk implements LeadDesk {

    private record Assessment(Space space, String name, Map<String, Integer> completed, String[] location) {
    }

    private final Map<String, Assessment> byCode = new ConcurrentHashMap<>();
    private final AtomicInteger codes = new AtomicInteger(100);

    @Override
    public String create(Space space, String systemName) {
        String code = "AS" + codes.incrementAndGet();
        byCode.put(code, new Assessment(space, systemName, new ConcurrentHashMap<>(), new String[1]));
        return code;
    }

    void completed(String code, String questionnaireId) {
        byCode.get(code).completed().merge(questionnaireId, 1, Integer::sum);
    }

    Optional<String> name(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Assessment::name);
    }

    private Optional<Assessment> find(Space space, String code) {
        return Optional.ofNullable(byCode.get(code)).filter(a -> a.space().equals(space));
    }

    @Override
    public void placeRootMessage(Space space, String code, String location) {
        find(space, code).ifPresent(a -> a.location()[0] = location);
    }

    @Override
    public Optional<String> rootMessage(Space space, String code) {
        return find(space, code).map(a -> a.location()[0]);
    }

    @Override
    public Optional<Status> status(Space space, String code) {
        return find(space, code).map(a -> new Status(code, a.name(), a.completed()));
    }

    @Override
    public Optional<Report> report(Space space, String code) {
        return find(space, code).map(a -> new Report(code, a.name(), List.of("Respondents: " + a.completed().values()
                .stream().mapToInt(Integer::intValue).sum()), List.of(
                new FileData("risk.png", "Risk per attack", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                new FileData("stages.png", "Exposure per stage", new byte[] {(byte) 0x89, 'P', 'N', 'G', 2}),
                new FileData("report.html", "Report", "<html>report</html>".getBytes(StandardCharsets.UTF_8)))));
    }

    @Override
    public Optional<List<String>> trends(Space space) {
        return Optional.empty();
    }

    @Override
    public Optional<FileData> export(Space space, String code, String format) {
        return find(space, code).map(a -> new FileData(code + "." + format, "Export", "x".getBytes(StandardCharsets.UTF_8)));
    }
}
