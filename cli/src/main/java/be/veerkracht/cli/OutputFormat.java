package be.veerkracht.cli;

/** How a command prints its result: text for people, JSON for machines (always with decimal points). */
enum OutputFormat {
    TEXT, JSON
}
