package org.goodpractice.web.curation;

import io.javalin.http.Context;

/**
 * The session cookie: only a random id (the session itself stays on the server), {@code HttpOnly}
 * so scripts cannot read it, {@code SameSite=Lax} so other sites' forms do not carry it, and
 * {@code Secure} when the site is served over https.
 */
final class SessionCookie {
    static final String NAME = "gp_session";

    private final String attributes;

    SessionCookie(boolean secure) {
        this.attributes = "; Path=/; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }

    static String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    void set(Context ctx, String id) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + id + attributes);
    }

    void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + "; Max-Age=0" + attributes);
    }
}
