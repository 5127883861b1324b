package be.veerkracht.web.page;

import be.veerkracht.web.app.Visitor;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;

/** Renders the jte templates the build compiled (src/main/jte); nothing is compiled at run time. */
public final class Views {

    /** The package the jte-maven-plugin generates the template classes into (web/pom.xml). */
    static final String TEMPLATE_PACKAGE = "be.veerkracht.web.jte";

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(null, ContentType.Html, Views.class.getClassLoader(), TEMPLATE_PACKAGE);

    /** A template whose one parameter is {@code view}. */
    public String render(String template, Object model) {
        return render(template, model, null);
    }

    /** A page: its {@code view}, and the signed-in {@code visitor} for the navigation (null: nobody). */
    public String render(String template, Object model, Visitor visitor) {
        Map<String, Object> params = new HashMap<>();
        params.put("view", model);
        if (visitor != null) {
            params.put("visitor", visitor);
        }
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }
}
