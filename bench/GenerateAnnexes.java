import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic Interreg IVC good-practice annexes in the format the importer reads, for the
 * benchmark: varied priorities and sub-themes, real countries, regions and towns, start dates
 * from 1980 to 2014, and descriptions from one to seven paragraphs. The same seed gives the same
 * files.
 *
 * <pre>
 * java bench/GenerateAnnexes.java 10000 /tmp/annexes 42
 * </pre>
 */
public final class GenerateAnnexes {
    private static final String[][] THEMES = {
            {"1", "Innovation and the knowledge economy", "Innovation, research and technology development",
                    "research centre", "technology transfer", "innovation voucher", "science park", "cluster"},
            {"1", "Innovation and the knowledge economy", "Entrepreneurship and SMEs",
                    "business incubator", "start-up", "microcredit", "mentoring", "SME"},
            {"1", "Innovation and the knowledge economy", "Information Society",
                    "broadband", "e-government", "digital skills", "open data", "telecentre"},
            {"1", "Innovation and the knowledge economy", "Employment, human capital and education",
                    "vocational training", "apprenticeship", "lifelong learning", "job centre", "retraining"},
            {"2", "Environment and risk prevention", "Natural and technological risks (including climate change)",
                    "flood defence", "early warning", "climate adaptation", "forest fire", "drought"},
            {"2", "Environment and risk prevention", "Water management",
                    "leak detection", "wastewater", "river basin", "water metering", "drinking water"},
            {"2", "Environment and risk prevention", "Waste management",
                    "recycling", "composting", "waste prevention", "landfill", "reuse centre"},
            {"2", "Environment and risk prevention", "Biodiversity and preservation of natural heritage (including air quality)",
                    "wetland restoration", "air quality", "protected area", "pollinators", "green corridor"},
            {"2", "Environment and risk prevention", "Energy and sustainable transport",
                    "car sharing", "cycling", "energy efficiency", "solar energy", "public transport"},
            {"2", "Environment and risk prevention", "Cultural heritage and landscape",
                    "historic centre", "museum", "landscape plan", "heritage trail", "restoration"},
    };
    /** Country as annexes write it, region in capitals, town, province. */
    private static final String[][] PLACES = {
            {"UNITED KINGDOM", "WEST MIDLANDS", "Birmingham", "West Midlands"}, {"UNITED KINGDOM", "SCOTLAND", "Glasgow", "Glasgow City"},
            {"UNITED KINGDOM", "NORTH WEST", "Manchester", "Greater Manchester"}, {"FRANCE", "RHÔNE-ALPES", "Lyon", "Rhône"},
            {"FRANCE", "BRETAGNE", "Rennes", "Ille-et-Vilaine"}, {"FRANCE", "AQUITAINE", "Bordeaux", "Gironde"},
            {"ITALY", "LOMBARDIA", "Milano", "Provincia di Milano"}, {"ITALY", "TOSCANA", "Firenze", "Provincia di Firenze"},
            {"ITALY", "PUGLIA", "Bari", "Provincia di Bari"}, {"SPAIN", "PAÍS VASCO", "Bilbao", "Bizkaia"},
            {"SPAIN", "ANDALUCÍA", "Sevilla", "Sevilla"}, {"SPAIN", "CATALUÑA", "Barcelona", "Barcelona"},
            {"GERMANY", "BAYERN", "München", "Oberbayern"}, {"GERMANY", "SACHSEN", "Leipzig", "Leipzig"},
            {"GERMANY", "NORDRHEIN-WESTFALEN", "Dortmund", "Arnsberg"}, {"POLAND", "ŁÓDZKIE", "Łódź", "Łódź"},
            {"POLAND", "MAŁOPOLSKIE", "Kraków", "Krakowski"}, {"NETHERLANDS", "NOORD-BRABANT", "Eindhoven", "Zuidoost-Brabant"},
            {"SWEDEN", "ÖVRE NORRLAND", "Umeå", "Västerbotten"}, {"SWEDEN", "SYDSVERIGE", "Malmö", "Skåne"},
            {"CZECH REPUBLIC", "JIHOVÝCHOD", "Brno", "Jihomoravský kraj"}, {"GREECE", "KENTRIKI MAKEDONIA", "Thessaloniki", "Thessaloniki"},
            {"IRELAND", "BORDER, MIDLAND AND WESTERN", "Galway", "County Galway"}, {"NORWAY", "TRØNDELAG", "Trondheim", "Sør-Trøndelag"},
            {"AUSTRIA", "STEIERMARK", "Graz", "Graz"}, {"HUNGARY", "DÉL-ALFÖLD", "Szeged", "Csongrád"},
            {"ROMANIA", "NORD-VEST", "Cluj-Napoca", "Cluj"}, {"PORTUGAL", "NORTE", "Porto", "Grande Porto"},
            {"FINLAND", "LÄNSI-SUOMI", "Tampere", "Pirkanmaa"}, {"SLOVENIA", "VZHODNA SLOVENIJA", "Maribor", "Podravska"},
            {"LATVIA", "LATVIJA", "Riga", "Rīga"}, {"BELGIUM", "VLAAMS GEWEST", "Gent", "Oost-Vlaanderen"},
    };
    private static final String[] OPENINGS = {
            "The %s of %s launched the scheme after a review showed that %s was the weakest link in the regional strategy.",
            "Before %s existed, organisations in %s had no common place to learn about %s.",
            "In %s the regional development agency combined %s with support for %s.",
    };
    private static final String[] SENTENCES = {
            "A small team coordinates the partners and reports twice a year to the regional council.",
            "Funding came from the regional operational programme, the municipalities and private sponsors.",
            "Local companies, universities and citizens' associations were involved from the start.",
            "The approach was tested in three pilot districts before it was rolled out across the region.",
            "Participants receive advice, training and a modest grant that covers part of their costs.",
            "Monitoring data is published every quarter so that residents can follow the results.",
            "The scheme was adapted twice, after evaluations showed where the demand really was.",
            "Staff exchanges with partner regions helped to avoid mistakes made elsewhere.",
            "Schools and libraries act as local contact points, which keeps the service close to people.",
            "A steering group of public and private partners decides on priorities each year.",
    };
    private static final String[] EVIDENCE = {
            "Since the start, %d organisations have taken part and %d new jobs were recorded.",
            "An independent evaluation found that costs fell by %d per cent while use rose by %d per cent.",
            "The number of users grew from %d in the first year to %d in the last year measured.",
    };
    /** Contacts are first and last names combined: a person is the contact of a few practices, as in real annexes. */
    private static final String[] FIRST = {"Anna", "Marco", "Claire", "Jan", "Eva", "Piotr", "Maria", "Seán", "Katrin", "Nikos",
            "Laura", "Tomás", "Ingrid", "Pavel", "Sofia", "Luca", "Hanna", "Jordi", "Elena", "Mikko", "Zofia", "Pierre",
            "Aoife", "Stefan", "Ana", "Jonas", "Irene", "Dimitris", "Marta", "Olivier"};
    private static final String[] LAST = {"Novak", "Rossi", "Dubois", "de Vries", "Lindqvist", "Kowalski", "García", "Murphy",
            "Müller", "Papadopoulos", "Bianchi", "Martin", "Jansen", "Nowak", "Fernández", "Schmidt", "Virtanen", "Horvat",
            "Popescu", "Silva", "Kelly", "Berg", "Costa", "Weber", "Lambert", "Svoboda", "Petrov", "Moreau", "Kovač", "Byrne"};

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Random random = new Random(args.length > 2 ? Long.parseLong(args[2]) : 42);
        Files.createDirectories(out);
        for (int i = 1; i <= count; i++) {
            String[] theme = THEMES[random.nextInt(THEMES.length)];
            String[] place = PLACES[random.nextInt(PLACES.length)];
            String index = String.format("%04d%s%d", i % 10000, theme[0].equals("1") ? "C" : "R", 1 + i / 10000);
            Files.writeString(out.resolve("B" + String.format("%06d", i) + ".txt"),
                    annex(random, "B" + index, theme, place), StandardCharsets.UTF_8);
        }
    }

    private static String annex(Random r, String index, String[] theme, String[] place) {
        String topic = theme[3 + r.nextInt(5)];
        String title = capitalise(topic) + " " + pick(r, "programme", "network", "partnership", "initiative", "scheme")
                + " in " + place[2] + " " + r.nextInt(1000);
        int startYear = 1980 + r.nextInt(35);
        StringBuilder s = new StringBuilder();
        s.append(title).append("\n\nProject information\n\n");
        s.append("Index: ").append(index).append('\n');
        s.append("Priority:").append(theme[0]).append(": ").append(theme[1]).append('\n');
        s.append("Sub Theme:").append(theme[2]).append('\n');
        s.append("Location ").append(place[0]).append(' ').append(place[1]).append(' ').append(place[2]).append(' ')
                .append(place[3]).append(" Start/End date of the practice\n");
        s.append(String.format("Start: %02d-%02d-%d%n", 1 + r.nextInt(28), 1 + r.nextInt(12), startYear));
        if (r.nextBoolean()) {
            s.append(String.format("End: %02d-%02d-%d%n", 1 + r.nextInt(28), 1 + r.nextInt(12), startYear + 1 + r.nextInt(8)));
        }
        s.append("\nTopic of the practice\n\n");
        List<String> topics = new ArrayList<>();
        for (int t = 0; t < 2 + r.nextInt(5); t++) {
            String candidate = THEMES[r.nextInt(THEMES.length)][3 + r.nextInt(5)];
            if (!topics.contains(candidate)) {
                topics.add(candidate);
            }
        }
        s.append(String.join("; ", topics)).append(".\n\nGood Practice Information\n\n");
        int paragraphs = 1 + r.nextInt(7);
        for (int p = 0; p < paragraphs; p++) {
            List<String> sentences = new ArrayList<>();
            if (p == 0) {
                sentences.add(String.format(OPENINGS[r.nextInt(OPENINGS.length)], pick(r, "city", "region", "province"),
                        place[2], topic));
            }
            for (int n = 0; n < 2 + r.nextInt(5); n++) {
                sentences.add(SENTENCES[r.nextInt(SENTENCES.length)]);
            }
            s.append(String.join(" ", sentences));
            s.append(p + 1 < paragraphs ? "\n\n" : "\n");
        }
        s.append("\nEvidence of success\n\n");
        for (int e = 0; e < 1 + r.nextInt(3); e++) {
            s.append(String.format(EVIDENCE[r.nextInt(EVIDENCE.length)], 5 + r.nextInt(900), 5 + r.nextInt(900))).append(' ');
        }
        s.append("\n\nContact details to obtain further information on the practice\n\n");
        s.append(FIRST[r.nextInt(FIRST.length)]).append(' ').append(LAST[r.nextInt(LAST.length)]).append("\n\n");
        s.append(capitalise(topic)).append(" Agency of ").append(place[2]).append("\n\n");
        s.append(String.format("Annex completed on: %02d-%02d-%d%n", 1 + r.nextInt(28), 1 + r.nextInt(12), 2009 + r.nextInt(3)));
        return s.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
