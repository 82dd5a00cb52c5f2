package dev.mlsec.assessor.core.home;

import java.util.List;
import java.util.Optional;

/**
 * A person's home, in every channel: their own open runs to resume, the questionnaires they could
 * start and, for a lead, the space's assessments with their progress. The core decides what is
 * listed, in what order, every word and every button; a channel draws the items in order and encodes
 * the buttons' ids, and adds or leaves out nothing.
 *
 * @param title   the heading
 * @param promise what is promised about anonymity
 * @param items   this page's items, in order
 * @param page    this page, from 1
 * @param pages   how many pages there are
 */
public record HomeView(String title, String promise, List<Item> items, int page, int pages) {

    public HomeView {
        items = List.copyOf(items);
    }

    /** One thing on the home. */
    public sealed interface Item {
    }

    /** A heading above a group of entries. */
    public record Heading(String text) implements Item {
    }

    /** A line of text, e.g. that nothing is open. */
    public record Note(String text) implements Item {
    }

    /**
     * An entry: what it is, a detail line, and what can be done with it.
     *
     * @param title   e.g. the questionnaire's title, or the system's name as a lead typed it
     * @param typed   whether the title is typed text, to be shown as itself
     * @param detail  e.g. progress, or how many completed each questionnaire
     * @param buttons what can be done, in order
     */
    public record Entry(String title, boolean typed, String detail, List<Button> buttons) implements Item {
        public Entry {
            buttons = List.copyOf(buttons);
        }
    }

    /** A button: what pressing it asks for, and its label. */
    public record Button(Action action, String label) {
    }

    /** What a button asks for; every id in it is checked again when pressed. */
    public sealed interface Action {
        /** show the run's current question again, through the engine (a terminal starts its questionnaire again) */
        record Resume(String runId, String questionnaireId) implements Action {
        }

        /** start a questionnaire on one's own */
        record Start(String questionnaireId) implements Action {
        }

        /** an assessment's report, for its leads */
        record Report(String code) implements Action {
        }

        /** another page of the home */
        record Page(int page) implements Action {
        }
    }

    /** Every button of this page, in order: entries' buttons, then the page buttons. */
    public List<Button> buttons() {
        return java.util.stream.Stream.concat(
                items.stream().filter(Entry.class::isInstance).flatMap(i -> ((Entry) i).buttons().stream()),
                pageButtons().stream()).toList();
    }

    /** The buttons to the previous and the next page, where there are such pages. */
    public List<Button> pageButtons() {
        List<Button> out = new java.util.ArrayList<>();
        if (page > 1) {
            out.add(new Button(new Action.Page(page - 1), "Previous page"));
        }
        if (page < pages) {
            out.add(new Button(new Action.Page(page + 1), "Next page"));
        }
        return out;
    }

    /** e.g. "Page 2 of 3", when there is more than one. */
    public Optional<String> pageLine() {
        return pages > 1 ? Optional.of("Page " + page + " of " + pages) : Optional.empty();
    }
}
