package org.goodpractice.place;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The looser keys a region name is also known by: without the administrative words that records
 * or Eurostat put around it ("Provincia di Bari" and "Bari", "Prov. Oost-Vlaanderen" and
 * "Oost-Vlaanderen", "Skåne län" and "Skåne", "Miasto Łódź" and "Łódź"), without a disambiguating
 * "(AT)", and each side of a "/" ("Bolzano/Bozen").
 */
final class RegionNames {
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:provincia (?:autonoma )?(?:di|del|della|dell) |province of |provincie |province |county |"
            + "departement (?:de |du |des |d )?(?:l )?|region (?:de |of |del )?|regione |regiao autonoma (?:da |dos )?|"
            + "comunidad (?:foral |autonoma )?(?:de )?|ciudad autonoma de |principado de |landkreis |kreis |"
            + "regierungsbezirk |bezirk |prov |arr |arrondissement (?:de |d )?|miasto |wojewodztwo |grad |"
            + "hlavni mesto |judetul |judet |stadtverband |city of )");
    private static final Pattern SUFFIX = Pattern.compile(
            " (?:lan|apskritis|zupanija|kraj|landkreis|kreisfreie stadt|stadtkreis|county|cc|city of|county of|"
            + "megye|province|region|kreis)$");
    private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^)]*\\)\\s*$");

    private RegionNames() {
    }

    /** The key of {@code name} less its administrative words, or the key itself when it has none. */
    static String bare(String key) {
        String s = SUFFIX.matcher(PREFIX.matcher(key).replaceFirst("")).replaceFirst("");
        return s.isBlank() ? key : s;
    }

    /** Every looser key of {@code name}, without its own key. */
    static Set<String> variants(String name) {
        Set<String> keys = new LinkedHashSet<>();
        String plain = PARENTHESIS.matcher(name).replaceFirst("");
        for (String part : (plain + "/" + name).split("/")) {
            String key = PlaceNames.key(part);
            if (!key.isEmpty()) {
                keys.add(key);
                keys.add(bare(key));
            }
        }
        keys.remove(PlaceNames.key(name));
        return keys;
    }
}
