package dev.mlsec.assessor.slack;

import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.assessment.AssessmentService;
import dev.mlsec.assessor.core.assessment.AssessorException;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.identity.Space;
import dev.mlsec.assessor.questions.Questionnaire;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The lead-only subcommands: {@code new}, {@code status}, {@code report}, {@code trends}, {@code export}.
 * Anyone else is told who can. Every answer goes to the lead alone, through the command's response_url.
 */
final class LeadCommands {

    /** What a location holds for the progress line when it could not be posted. */
    static final String NO_PROGRESS_LINE = "-";

    private final LeadDesk desk;
    private final LeadPolicy leads;
    private final SlackWeb web;
    private final List<Questionnaire> questionnaires;

    LeadCommands(LeadDesk desk, LeadPolicy leads, SlackWeb web, List<Questionnaire> questionnaires) {
        this.desk = desk;
        this.leads = leads;
        this.web = web;
        this.questionnaires = List.copyOf(questionnaires);
    }

    void run(SlashCommand command, Respondent who, String channel, Responder responder) throws IOException {
        if (!leads.isLead(who.user())) {
            SlackWeb.respond(responder, ReplyRenderer.line(":no_entry: " + leads.whoCan()), false);
            return;
        }
        Space space = who.spaceOf();
        if (command instanceof SlashCommand.New created) {
            try {
                AssessmentService.validName(created.systemName());
            } catch (AssessorException refused) {
                SlackWeb.respond(responder, ReplyRenderer.line(refused.getMessage()), false);
                return;
            }
            create(space, created.systemName(), channel, responder);
        } else if (command instanceof SlashCommand.Status status) {
            Optional<LeadDesk.Status> found = desk.status(space, status.code());
            SlackWeb.respond(responder, found.map(s -> ReplyRenderer.line("*" + SlackText.escape(s.name()) + "* (`" + s.code() + "`)\n"
                    + RootMessage.progressLine(questionnaires, s.completed())))
                    .orElseGet(() -> unknownCode(status.code())), false);
        } else if (command instanceof SlashCommand.Report report) {
            report(space, who.user(), report, responder);
        } else if (command instanceof SlashCommand.Trends) {
            Optional<List<String>> trends = desk.trends(space);
            SlackWeb.respond(responder, ReplyRenderer.line(trends
                    .map(lines -> "*Trends in this workspace*\n" + String.join("\n", lines))
                    .orElse("There is nothing to compare yet: trends need completed assessments.")), false);
        } else if (command instanceof SlashCommand.Export export) {
            export(space, who.user(), export, responder);
        }
    }

    static SlackMessage unknownCode(String code) {
        String safe = SlackText.escape(Limits.clip(code.replace("`", "'"), 40));
        return ReplyRenderer.line("I know no assessment `" + safe + "` in this workspace. "
                + "Check the code in the assessment's root message.");
    }

    private void create(Space space, String typed, String channel, Responder responder) throws IOException {
        LeadDesk.Created created = desk.create(space, typed);
        String code = created.code();
        String name = created.name(); // posted exactly as stored
        Optional<SlackWeb.Posted> root = web.post(channel, Optional.empty(), RootMessage.render(code, name, questionnaires));
        if (root.isEmpty()) {
            SlackWeb.respond(responder, ReplyRenderer.line("I created assessment `" + code + "` but could not post in this "
                    + "channel. Invite me with `/invite` and run `/mlsec status " + code + "`."), false);
            return;
        }
        String progress = RootMessage.progressLine(questionnaires, Map.of());
        Optional<SlackWeb.Posted> line = web.post(root.get().channel(), Optional.of(root.get().ts()),
                new SlackMessage(progress, List.of()));
        desk.placeRootMessage(space, code, new RootMessage.Location(root.get().channel(), root.get().ts(),
                line.map(SlackWeb.Posted::ts).orElse(NO_PROGRESS_LINE)).encode());
        SlackWeb.respond(responder, ReplyRenderer.line(":white_check_mark: Assessment `" + code + "` for *" + SlackText.escape(name)
                + "* is posted in this channel. Use `/mlsec status " + code + "` and `/mlsec report " + code + "`."), false);
    }

    private void report(Space space, String user, SlashCommand.Report command, Responder responder) throws IOException {
        Optional<LeadDesk.Report> found = desk.report(space, command.code());
        if (found.isEmpty()) {
            SlackWeb.respond(responder, unknownCode(command.code()), false);
            return;
        }
        LeadDesk.Report report = found.get();
        String figures = "*Report: " + SlackText.escape(report.name()) + "* (`" + report.code() + "`)\n"
                + report.keyFigures().stream().map(f -> "\u2022 " + f).collect(Collectors.joining("\n"));
        Optional<RootMessage.Location> thread = command.share()
                ? desk.rootMessage(space, report.code()).flatMap(RootMessage.Location::decode) : Optional.empty();
        String where;
        if (report.files().isEmpty()) {
            where = "The charts and the HTML report follow once the scores can be shown.";
        } else if (thread.isPresent()) {
            web.upload(thread.get().channel(), Optional.of(thread.get().rootTs()), report.files(), "Report for " + SlackText.escape(report.name()));
            where = "The charts and the HTML report are in the assessment's thread.";
        } else {
            web.upload(web.openDm(user), Optional.empty(), report.files(), "Report for " + SlackText.escape(report.name()));
            where = command.share() ? "I could not find the assessment's thread, so the files are in your DM with me."
                    : "The charts and the HTML report are in your DM with me.";
        }
        SlackWeb.respond(responder, ReplyRenderer.line(figures + "\n" + where), false);
    }

    private void export(Space space, String user, SlashCommand.Export export, Responder responder) throws IOException {
        Optional<LeadDesk.Export> result = desk.export(space, export.code(), export.format());
        if (result.isEmpty()) {
            SlackWeb.respond(responder, unknownCode(export.code()), false);
            return;
        }
        if (result.get() instanceof LeadDesk.Export.NotYet notYet) {
            SlackWeb.respond(responder, ReplyRenderer.line(":hourglass_flowing_sand: " + notYet.why()), false);
            return;
        }
        LeadDesk.FileData file = ((LeadDesk.Export.Ready) result.get()).file();
        web.upload(web.openDm(user), Optional.empty(), List.of(file), "Export of `" + export.code() + "`");
        SlackWeb.respond(responder, ReplyRenderer.line(":inbox_tray: The " + export.format().toUpperCase(Locale.ROOT)
                + " export is in your DM with me."), false);
    }
}
