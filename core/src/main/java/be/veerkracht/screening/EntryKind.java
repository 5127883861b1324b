package be.veerkracht.screening;

/** What a list entry designates. */
public enum EntryKind {
    PERSON, ORGANISATION, VESSEL, AIRCRAFT, OTHER
}
