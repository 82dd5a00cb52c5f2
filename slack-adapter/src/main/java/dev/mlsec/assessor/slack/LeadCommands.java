package dev.mlsec.assessor.slack;

import com.slack.api.bolt.util.Responder;
import dev.mlsec.assessor.core.assessment.RootLocation;
import dev.mlsec.assessor.core.identity.Platform;
import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportBundle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lead verbs in Slack: a {@code /mlsec} subcommand becomes a {@link LeadRequest} for the core's
 * desk, and its answer is drawn for the lead alone (through the command's response_url), with the
 * root message posted in the channel and files uploaded where the answer says.
 */
final class LeadCommands {

    private final LeadDesk desk;
    private final SlackWeb web;

    LeadCommands(LeadDesk desk, SlackWeb web) {
        this.desk = desk;
        this.web = web;
    }

    /** The lead request a subcommand asks for; empty for the respondents' subcommands. */
    static Optional<LeadRequest> request(SlashCommand command) {
        if (command instanceof SlashCommand.New n) {
            return Optional.of(new LeadRequest.New(n.systemName(), n.isPrivate()));
        }
        if (command instanceof SlashCommand.Status s) {
            return Optional.of(new LeadRequest.Status(s.code()));
        }
        if (command instanceof SlashCommand.Report r) {
            return Optional.of(new LeadRequest.Report(r.code(), r.share()));
        }
        if (command instanceof SlashCommand.Trends) {
            return Optional.of(new LeadRequest.Trends());
        }
        if (command instanceof SlashCommand.Export e) {
            return Optional.of(new LeadRequest.Export(e.code(), e.format()));
        }
        if (command instanceof SlashCommand.Round r) {
            return Optional.of(new LeadRequest.NextRound(r.code()));
        }
        if (command instanceof SlashCommand.Close c) {
            return Optional.of(new LeadRequest.Close(c.code()));
        }
        if (command instanceof SlashCommand.Remind r) {
            return Optional.of(new LeadRequest.Remind(r.code(), r.cadence()));
        }
        if (command instanceof SlashCommand.Schedule s) {
            return Optional.of(new LeadRequest.Schedule(s.code(), s.cadence()));
        }
        return Optional.empty();
    }

    void run(LeadRequest request, Respondent who, String channel, Responder responder) throws IOException {
        LeadAnswer answer = desk.handle(who, request);
        boolean share = request instanceof LeadRequest.Report r && r.share();
        if (answer instanceof LeadAnswer.Created created) {
            post(created, who, channel, responder);
        } else if (answer instanceof LeadAnswer.Reported reported) {
            report(reported, share, who, responder);
        } else if (answer instanceof LeadAnswer.Exported exported) {
            web.upload(web.openDm(who.user()), Optional.empty(), List.of(exported.file()), exported.file().title());
            respond(responder, ":inbox_tray: " + exported.note() + " The file is in your DM with me.");
        } else if (answer instanceof LeadAnswer.StatusShown shown) {
            respond(responder, "*" + SlackText.escape(shown.status().name()) + "* (`" + shown.status().code() + "`)\n"
                    + shown.text());
        } else if (answer instanceof LeadAnswer.UnknownCode unknown) {
            respond(responder, unknown.message(SlackText::escape));
        } else if (answer instanceof LeadAnswer.TrendsShown trends) {
            if (!trends.files().isEmpty()) {
                web.upload(web.openDm(who.user()), Optional.empty(), trends.files(), "Trends across all answers");
            }
            respond(responder, trends.markdown() + (trends.files().isEmpty() ? "" : "\nThe charts are in your DM with me."));
        } else if (answer instanceof LeadAnswer.RoundOpened opened) {
            if (opened.postHere()) {
                post(new LeadAnswer.Created(opened.root()), who, channel, responder);
            }
            respond(responder, ":repeat: " + opened.message());
        } else if (answer instanceof LeadAnswer.Scheduled scheduled) {
            respond(responder, ":calendar: " + scheduled.message());
        } else if (answer instanceof LeadAnswer.RoundClosed closed) {
            respond(responder, ":lock: " + closed.message());
        } else if (answer instanceof LeadAnswer.Reminders reminders) {
            respond(responder, SlackText.escape(reminders.message()));
        } else if (answer instanceof LeadAnswer.NotPermitted refused) {
            respond(responder, ":no_entry: " + refused.message());
        } else {
            respond(responder, ((LeadAnswer.Refused) answer).message());
        }
    }

    private void post(LeadAnswer.Created created, Respondent who, String channel, Responder responder) throws IOException {
        String code = created.root().code();
        Optional<SlackWeb.Posted> root = web.post(channel, Optional.empty(), RootMessage.render(created.root()));
        if (root.isEmpty()) {
            respond(responder, "I created assessment `" + code + "` but could not post in this channel. Invite me with "
                    + "`/invite` and run `/mlsec status " + code + "`.");
            return;
        }
        Optional<SlackWeb.Posted> line = web.post(root.get().channel(), Optional.of(root.get().ts()),
                new SlackMessage(RootMessage.progressLine(created.root()), List.of()));
        RootMessage.Location where = new RootMessage.Location(root.get().channel(), root.get().ts(),
                line.map(SlackWeb.Posted::ts).orElse(RootMessage.Location.NO_PROGRESS_LINE));
        desk.placeRoot(who, code, new RootLocation(Platform.SLACK, where.encode()));
        respond(responder, ":white_check_mark: " + created.root().confirmation(name -> "*" + SlackText.escape(name) + "*"));
    }

    private void report(LeadAnswer.Reported reported, boolean share, Respondent who, Responder responder) throws IOException {
        ReportBundle bundle = reported.bundle();
        List<String> lines = new ArrayList<>(bundle.coverage());
        bundle.withheld().ifPresent(lines::add);
        lines.addAll(bundle.scores());
        lines.addAll(bundle.sinceRound());
        bundle.doFirst().forEach(r -> lines.add("Do first: " + r));
        bundle.assumptions().forEach(a -> lines.add("Assumed: " + a));
        Optional<RootMessage.Location> thread = reported.thread().flatMap(t -> RootMessage.Location.decode(t.where()));
        String where;
        if (bundle.files().isEmpty()) {
            where = ReportBundle.FILES_FOLLOW;
        } else if (thread.isPresent()) {
            web.upload(thread.get().channel(), Optional.of(thread.get().rootTs()), bundle.files(), bundle.title(SlackText::escape));
            where = "The charts and the HTML report are in the assessment's thread.";
        } else {
            web.upload(web.openDm(who.user()), Optional.empty(), bundle.files(), bundle.title(SlackText::escape));
            where = share
                    ? "I could not find the assessment's thread, so the files are in your DM with me."
                    : "The charts and the HTML report are in your DM with me.";
        }
        respond(responder, "*" + bundle.title(SlackText::escape) + "*\n"
                + lines.stream().map(l -> "\u2022 " + SlackText.escape(l)).reduce((a, b) -> a + "\n" + b).orElse("")
                + "\n" + where);
    }

    private static void respond(Responder responder, String text) throws IOException {
        SlackWeb.respond(responder, ReplyRenderer.line(text), false);
    }
}
