package be.veerkracht.compliance;

/** What is checked: a bought part, or a product the company makes (which may have a bill of materials). */
public enum ItemKind {
    PART,
    PRODUCT
}
