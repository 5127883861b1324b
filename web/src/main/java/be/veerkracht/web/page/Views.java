package be.veerkracht.web.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the jte templates the build compiled (src/main/jte); nothing is compiled at run time. */
public final class Views {

    /** The package the jte-maven-plugin generates the template classes into (web/pom.xml). */
    static final String TEMPLATE_PACKAGE = "be.veerkracht.web.jte";

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Views.class.getClassLoader(), TEMPLATE_PACKAGE);

    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString();
    }
}
