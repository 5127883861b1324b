package be.veerkracht.portfolio.synthetic;

import static be.veerkracht.portfolio.synthetic.PartCategory.BEARINGS;
import static be.veerkracht.portfolio.synthetic.PartCategory.CABLES;
import static be.veerkracht.portfolio.synthetic.PartCategory.CASTINGS;
import static be.veerkracht.portfolio.synthetic.PartCategory.ELECTRONICS;
import static be.veerkracht.portfolio.synthetic.PartCategory.FASTENERS;
import static be.veerkracht.portfolio.synthetic.PartCategory.HYDRAULICS;
import static be.veerkracht.portfolio.synthetic.PartCategory.MACHINED_PARTS;
import static be.veerkracht.portfolio.synthetic.PartCategory.MOTORS;
import static be.veerkracht.portfolio.synthetic.PartCategory.PLASTICS;
import static be.veerkracht.portfolio.synthetic.PartCategory.SHEET_METAL;

import be.veerkracht.geo.CountryCode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The supplier base of a Flemish machine builder as the generator draws it. Weights are percentages of supplier
 * legal entities and are assumptions for test data, chosen so a generated portfolio resembles the journey in
 * {@code user-journeys.md}: most suppliers in Belgium and its neighbours, a large Chinese share (20 %, more by
 * spend once distributors importing from China are counted), and the rest spread over Central Europe, the
 * Mediterranean, East and South Asia and North America.
 */
final class CountryProfiles {

    private static final List<CountryProfile> ALL = List.of(
            p("BE", 16, Region.DOMESTIC, List.of(MACHINED_PARTS, SHEET_METAL, PLASTICS, FASTENERS, CABLES, HYDRAULICS),
                    List.of("Gent", "Kortrijk", "Antwerpen", "Genk", "Roeselare", "Liège", "Charleroi", "Aalst"),
                    List.of("Vandenberghe", "Peeters", "Janssens", "Maes", "Desmet", "Declercq", "Dubois", "Wouters"),
                    List.of("Metaalwerken", "Precisie", "Techniek", "Industries"), List.of("NV", "BV", "SA", "SRL"),
                    false, List.of("CN", "TW", "IN"), 0.12),
            p("NL", 8, Region.NEIGHBOUR, List.of(MACHINED_PARTS, SHEET_METAL, PLASTICS, ELECTRONICS, BEARINGS),
                    List.of("Eindhoven", "Helmond", "Enschede", "Tilburg", "Venlo", "Rotterdam"),
                    List.of("de Vries", "Bakker", "Visser", "Smit", "Mulder"),
                    List.of("Metaal", "Techniek", "Precision", "Kunststoffen"), List.of("B.V."),
                    false, List.of("CN", "MY"), 0.12),
            p("DE", 14, Region.NEIGHBOUR, List.of(MOTORS, BEARINGS, HYDRAULICS, ELECTRONICS, MACHINED_PARTS, CASTINGS),
                    List.of("Stuttgart", "Dortmund", "Bielefeld", "Nürnberg", "Aachen", "Chemnitz", "Düsseldorf"),
                    List.of("Müller", "Schmidt", "Weber", "Wagner", "Becker", "Hoffmann", "Schäfer"),
                    List.of("Präzisionsteile", "Gießerei", "Antriebstechnik", "Metallbau", "Elektronik"),
                    List.of("GmbH", "GmbH & Co. KG", "AG"), false, List.of("CZ", "PL", "HU", "CN"), 0.15),
            p("FR", 6, Region.NEIGHBOUR, List.of(PLASTICS, MACHINED_PARTS, ELECTRONICS, CASTINGS),
                    List.of("Lyon", "Lille", "Saint-Étienne", "Mulhouse", "Grenoble", "Nantes"),
                    List.of("Lefèvre", "Moreau", "Laurent", "Girard", "Roux"),
                    List.of("Mécanique", "Fonderie", "Plasturgie", "Électronique", "Industrie"),
                    List.of("SAS", "SARL", "SA"), false, List.of("MA", "RO", "ES"), 0.10),
            p("IT", 5, Region.EUROPE, List.of(HYDRAULICS, CASTINGS, MACHINED_PARTS, MOTORS),
                    List.of("Brescia", "Bergamo", "Modena", "Torino", "Vicenza"),
                    List.of("Rossi", "Bianchi", "Colombo", "Ferrari", "Galli"),
                    List.of("Meccanica", "Fonderia", "Oleodinamica", "Stampi"), List.of("S.r.l.", "S.p.A."),
                    false, List.of("RO"), 0.05),
            p("ES", 2, Region.EUROPE, List.of(CASTINGS, PLASTICS, MACHINED_PARTS),
                    List.of("Bilbao", "Barcelona", "Zaragoza", "Valencia"),
                    List.of("García", "Fernández", "López", "Martínez"),
                    List.of("Fundición", "Mecanizados", "Plásticos"), List.of("S.L.", "S.A."), false, List.of(), 0),
            p("PL", 4, Region.EUROPE, List.of(CASTINGS, MACHINED_PARTS, SHEET_METAL, CABLES),
                    List.of("Wroclaw", "Poznan", "Katowice", "Lodz"),
                    List.of("Kowalski", "Nowak", "Wisniewski", "Zielinski"),
                    List.of("Odlewnia", "Metal", "Technika"), List.of("Sp. z o.o.", "S.A."), false, List.of(), 0),
            p("CZ", 3, Region.EUROPE, List.of(CASTINGS, MACHINED_PARTS, SHEET_METAL),
                    List.of("Ostrava", "Brno", "Plzen", "Zlin"), List.of("Novak", "Dvorak", "Svoboda", "Cerny"),
                    List.of("Slevarna", "Strojirny", "Kovo"), List.of("s.r.o.", "a.s."), false, List.of(), 0),
            p("AT", 2, Region.EUROPE, List.of(MACHINED_PARTS, PLASTICS, HYDRAULICS),
                    List.of("Linz", "Graz", "Steyr"), List.of("Huber", "Gruber", "Steiner", "Berger"),
                    List.of("Präzision", "Maschinenbau", "Kunststofftechnik"), List.of("GmbH"),
                    false, List.of("SK", "CZ"), 0.10),
            p("CN", 20, Region.ASIA,
                    List.of(CASTINGS, ELECTRONICS, MOTORS, FASTENERS, CABLES, MACHINED_PARTS, PLASTICS),
                    List.of("Ningbo", "Suzhou", "Dongguan", "Qingdao", "Shenzhen", "Wuxi", "Changzhou"),
                    List.of("Hengda", "Zhongding", "Huayang", "Jinlong", "Dongfang", "Xinhua", "Sanhe", "Ruitai"),
                    List.of("Precision Casting", "Machinery", "Electronics", "Hardware", "Motor", "Cable"),
                    List.of("Co., Ltd."), true, List.of("VN"), 0.05),
            p("TW", 4, Region.ASIA, List.of(FASTENERS, ELECTRONICS, MACHINED_PARTS, BEARINGS),
                    List.of("Taichung", "Tainan", "Kaohsiung", "Taoyuan"),
                    List.of("Chen Yi", "Kuo Ming", "Hsin Tai", "Fu Sheng"),
                    List.of("Industrial", "Fasteners", "Electronics", "Precision"), List.of("Co., Ltd."),
                    false, List.of("CN", "VN"), 0.15),
            p("JP", 2, Region.ASIA, List.of(BEARINGS, MOTORS, ELECTRONICS), List.of("Osaka", "Nagoya", "Hamamatsu"),
                    List.of("Takeda", "Nakamura", "Yamaguchi", "Sanko"), List.of("Seiki", "Denki", "Kogyo"),
                    List.of("Co., Ltd.", "K.K."), false, List.of("CN", "TH"), 0.20),
            p("KR", 2, Region.ASIA, List.of(ELECTRONICS, MOTORS), List.of("Changwon", "Incheon", "Busan"),
                    List.of("Daesung", "Hanil", "Samhwa", "Dongyang"), List.of("Precision", "Motors", "Electronics"),
                    List.of("Co., Ltd."), false, List.of("CN", "VN"), 0.15),
            p("IN", 3, Region.ASIA, List.of(CASTINGS, MACHINED_PARTS, FASTENERS),
                    List.of("Pune", "Chennai", "Rajkot", "Coimbatore"), List.of("Shree", "Laxmi", "Sai", "Ganesh"),
                    List.of("Castings", "Forgings", "Engineering"), List.of("Pvt. Ltd."), false, List.of(), 0),
            p("VN", 2, Region.ASIA, List.of(CABLES, PLASTICS, ELECTRONICS),
                    List.of("Hai Phong", "Binh Duong", "Bac Ninh"), List.of("Viet Tien", "Thanh Cong", "Phu Thai"),
                    List.of("Cable", "Plastics", "Electronics"), List.of("Co., Ltd."), false, List.of(), 0),
            p("TR", 3, Region.EUROPE_EDGE, List.of(CASTINGS, SHEET_METAL, MACHINED_PARTS),
                    List.of("Bursa", "Izmir", "Kocaeli", "Konya"), List.of("Yildiz", "Demir", "Kaya", "Öztürk"),
                    List.of("Döküm", "Makina", "Metal"), List.of("A.S."), false, List.of(), 0),
            p("US", 3, Region.AMERICAS, List.of(ELECTRONICS, HYDRAULICS, BEARINGS),
                    List.of("Milwaukee", "Cleveland", "Charlotte", "Houston"),
                    List.of("Miller", "Anderson", "Brooks", "Harper"), List.of("Hydraulics", "Controls", "Components"),
                    List.of("Inc.", "LLC"), false, List.of("MX", "CN"), 0.20),
            p("MX", 1, Region.AMERICAS, List.of(CABLES, ELECTRONICS), List.of("Monterrey", "Querétaro", "Saltillo"),
                    List.of("Hernández", "Garza", "Treviño"), List.of("Arneses", "Componentes"),
                    List.of("S.A. de C.V."), false, List.of(), 0),
            site("HU", Region.EUROPE, "Miskolc", "Debrecen", "Kecskemet"),
            site("SK", Region.EUROPE, "Trnava", "Zilina", "Nitra"),
            site("RO", Region.EUROPE, "Timisoara", "Cluj-Napoca", "Pitesti"),
            site("MA", Region.EUROPE_EDGE, "Tanger", "Kenitra", "Casablanca"),
            site("TH", Region.ASIA, "Rayong", "Chonburi", "Ayutthaya"),
            site("MY", Region.ASIA, "Penang", "Johor Bahru", "Kulim"));

    private static final Map<String, CountryProfile> BY_CODE =
            ALL.stream().collect(Collectors.toUnmodifiableMap(c -> c.code().alpha2(), Function.identity()));

    private CountryProfiles() {
    }

    /** Countries where supplier legal entities are drawn, in a fixed order. */
    static List<CountryProfile> supplierCountries() {
        return ALL.stream().filter(c -> c.supplierWeight() > 0).toList();
    }

    static CountryProfile of(String alpha2) {
        CountryProfile profile = BY_CODE.get(alpha2);
        if (profile == null) {
            throw new IllegalArgumentException("no profile for " + alpha2);
        }
        return profile;
    }

    private static CountryProfile p(String code, double weight, Region region, List<PartCategory> strengths,
                                    List<String> cities, List<String> stems, List<String> trades,
                                    List<String> legalForms, boolean cityFirst, List<String> offshore,
                                    double offshoreShare) {
        return new CountryProfile(new CountryCode(code), weight, region, strengths, cities, stems, trades,
                legalForms, cityFirst, offshore, offshoreShare);
    }

    /** A country that hosts production sites of foreign suppliers only. */
    private static CountryProfile site(String code, Region region, String... cities) {
        return new CountryProfile(new CountryCode(code), 0, region, List.of(), List.of(cities), List.of(),
                List.of(), List.of(), false, List.of(), 0);
    }
}
