package dev.mlsec.assessor.discord;

import dev.mlsec.assessor.questions.Questionnaire;
import java.util.List;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/** The one slash command, {@code /mlsec}, and its subcommands. */
final class MlsecCommand {

    static final String NAME = "mlsec";

    private MlsecCommand() {
    }

    static SlashCommandData definition(List<Questionnaire> questionnaires) {
        OptionData questionnaire = new OptionData(OptionType.STRING, "questionnaire", "Which questionnaire", true);
        OptionData optionalQuestionnaire = new OptionData(OptionType.STRING, "questionnaire", "Which questionnaire", false);
        for (Questionnaire q : questionnaires) {
            questionnaire.addChoice(ReplyMessages.clip(q.title(), 100), q.id());
            optionalQuestionnaire.addChoice(ReplyMessages.clip(q.title(), 100), q.id());
        }
        return Commands.slash(NAME, "Assess how exposed an ML system is to poisoning, evasion, stealing and inference")
                .setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM)
                // every member may use it (members answer); the bot refuses lead-only subcommands itself
                .setDefaultPermissions(DefaultMemberPermissions.ENABLED)
                .addSubcommands(
                        new SubcommandData("new", "Create an assessment and post its message in this channel (leads)")
                                .addOption(OptionType.STRING, "name", "The ML system to assess", true)
                                .addOption(OptionType.BOOLEAN, "private", "Withhold its scores until each questionnaire has enough answer sets", false),
                        new SubcommandData("start", "Answer a questionnaire, privately")
                                .addOptions(questionnaire, code(false)),
                        new SubcommandData("resume", "Continue your unfinished questionnaire")
                                .addOptions(optionalQuestionnaire),
                        new SubcommandData("home", "Your unfinished questionnaires, what to start, and (leads) the assessments"),
                        new SubcommandData("report", "An assessment's risk report (leads)")
                                .addOptions(code(true), new OptionData(OptionType.BOOLEAN, "share", "Post it in the channel for everyone", false)),
                        new SubcommandData("trends", "Answers across all assessments of every space, anonymised (leads)"),
                        new SubcommandData("export", "An assessment's anonymous answers as a file (leads)")
                                .addOptions(code(true), new OptionData(OptionType.STRING, "format", "File format", false)
                                        .addChoice("CSV", "csv").addChoice("JSON", "json")),
                        new SubcommandData("status", "How many have answered each questionnaire (leads)")
                                .addOptions(code(true)),
                        new SubcommandData("round", "Open the next round of an assessment, posted where its last round is (leads)")
                                .addOptions(code(true)),
                        new SubcommandData("close", "Close a round: no more answers, its report frozen (leads)")
                                .addOptions(code(true)),
                        new SubcommandData("remind", "Post reminders in an assessment's thread on a cadence, naming nobody (leads)")
                                .addOptions(code(true), new OptionData(OptionType.STRING, "every",
                                        "How often, e.g. every 3d or every 2w, or off", true)),
                        new SubcommandData("schedule", "Open the next rounds by themselves, where the last one is (leads)")
                                .addOptions(code(true), new OptionData(OptionType.STRING, "every",
                                        "How often: 90d (days) or 13w (weeks), or off", true)),
                        new SubcommandData("help", "What this bot does and how to use it"));
    }

    private static OptionData code(boolean required) {
        return new OptionData(OptionType.STRING, "code", "The assessment code, e.g. ABC-7K2QX", required, true);
    }
}
