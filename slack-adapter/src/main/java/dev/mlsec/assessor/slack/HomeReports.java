package dev.mlsec.assessor.slack;

import dev.mlsec.assessor.core.identity.Respondent;
import dev.mlsec.assessor.core.lead.LeadAnswer;
import dev.mlsec.assessor.core.lead.LeadDesk;
import dev.mlsec.assessor.core.lead.LeadRequest;
import dev.mlsec.assessor.core.lead.ReportBundle;
import dev.mlsec.assessor.core.lead.ReportLines;
import dev.mlsec.assessor.core.view.ChannelWords;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The Report button of a lead's App Home: the desk's report, for the presser alone, in their DM with
 * the bot (an App Home has no message to answer in), its files beside it. Anyone not a lead there
 * is refused by the desk, as for {@code /mlsec report}.
 */
final class HomeReports {

    private final LeadDesk desk;
    private final SlackWeb web;

    HomeReports(LeadDesk desk, SlackWeb web) {
        this.desk = desk;
        this.web = web;
    }

    void report(String code, Respondent who) throws IOException {
        LeadAnswer answer = desk.handle(who, new LeadRequest.Report(code, false));
        String dm = web.openDm(who.user());
        String text;
        if (answer instanceof LeadAnswer.Reported reported) {
            ReportBundle bundle = reported.bundle();
            List<String> lines = ReportLines.of(bundle);
            text = "*" + bundle.title(SlackText::escape) + "*\n" + String.join("\n",
                    lines.stream().map(l -> "\u2022 " + SlackText.escape(l)).toList())
                    + (bundle.files().isEmpty() ? "\n" + ReportBundle.FILES_FOLLOW : "");
            web.post(dm, Optional.empty(), ReplyRenderer.line(text));
            web.upload(dm, Optional.empty(), bundle.files(), bundle.title(SlackText::escape));
            return;
        }
        if (answer instanceof LeadAnswer.UnknownCode unknown) {
            text = unknown.message(SlackText::escape);
        } else if (answer instanceof LeadAnswer.NotPermitted refused) {
            text = ":no_entry: " + refused.message();
        } else {
            text = answer instanceof LeadAnswer.Refused r ? r.message() : ChannelWords.FAILED;
        }
        web.post(dm, Optional.empty(), ReplyRenderer.line(text));
    }
}
