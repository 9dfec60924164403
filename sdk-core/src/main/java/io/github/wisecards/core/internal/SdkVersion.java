package io.github.wisecards.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

/** The SDK's version and the User-Agent it sends. */
public final class SdkVersion {
    /** The SDK's version, from the build. */
    public static final String VERSION = load();

    private SdkVersion() {}

    /**
     * Returns {@code wise-cards-java/<version> Java/<runtime> <os>[ <appInfo>]}.
     *
     * @param appInfo the partner's {@code name/version}, or null
     */
    public static String userAgent(String appInfo) {
        String os = System.getProperty("os.name", "unknown").replace(' ', '_') + "/"
                + System.getProperty("os.arch", "unknown").toLowerCase(Locale.ROOT);
        String ua = "wise-cards-java/" + VERSION + " Java/" + System.getProperty("java.version", "unknown") + " " + os;
        return appInfo == null ? ua : ua + " " + appInfo;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream("sdk-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
