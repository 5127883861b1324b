#!/usr/bin/env python3
"""Write the sample portfolio in ``examples/flemish-machine-builder/``, the one ``./veerkracht demo`` loads.

What it makes
-------------
The purchased-parts portfolio of *Leiepack NV*, a fictitious packaging-machine builder in Izegem
(West-Flanders, about 180 staff) that builds about 1,200 machines a year: 720 horizontal flow-wrappers (FW),
360 tray sealers (TS) and 120 vertical form-fill-seal machines (VF). Four files, as the buyers export them from
the ERP and save them with a Dutch Excel: ``parts.csv``, ``suppliers.csv``, ``sourcing.csv``, ``tooling.csv``,
with ``;`` as separator, decimal commas, ``.`` thousands grouping on the columns a ``#.##0`` format would group
(demand, stock, capacities, money above 1,000), booleans as Excel writes them in Dutch (``WAAR``/``ONWAAR``),
UTF-8 with a byte-order mark and CRLF line ends. Fields are quoted only where Excel quotes them (a ``"`` in
``HMI touchpanel 15,6"``).

Running it twice gives the same bytes: the data are fixed tables below, and the variation (weekly demand sd,
stock, lead-time spread, capacities, recovery days, small price differences) comes from one
``random.Random(2026)`` consumed in a fixed order. Standard library only::

    python3 examples/tools/make_flemish_machine_builder.py          # writes the files, prints a summary

Realism choices
---------------
* Demand follows from a bill of materials: quantity per machine x the models that use the part x 1,200 machines,
  plus a spare-parts margin per category (wear parts such as knives and belts more), rounded as an ERP forecast.
* Prices are a European reference price per part times a country price index (China 0.78 ... Switzerland 1.25)
  with +-3 % noise, plus a trading margin for the Belgian import agent and distributors. Fasteners are priced per
  100. Annual spend lands around EUR 40 million (about EUR 33,000 of purchased parts per machine): the
  big-ticket lines of a machine builder of this size, not its 2,000 small ones.
* Margin lost per unit short: for A parts (the line stops) the contribution of a machine that cannot ship
  (EUR 3,300 for a flow-wrapper to 4,800 for a tray sealer: part of it is only delayed), divided by the quantity
  per machine; B parts a workaround cost; C parts a nuisance cost. Three lines carry a contractual shortage
  cost instead (vision board, laser module, tray-sealer tooling set).
* HS codes are 8-digit CN subheadings chosen for the category of each part (confirm them per item: customs
  classification is item-specific). Four items carry an EU dual-use code (Reg. 2021/821 Annex I) that fits
  what they are: an FPGA vision board 3A001.a.7, a pulsed fibre-laser marking module 6A005.b, a VPN router
  with encryption for remote service 5A002.a, an absolute-pressure sensor with an Inconel membrane 2B230.
  They are illustrative: a real classification needs the item's data sheet.
* Geography is deliberately uneven, as in a real West-Flemish portfolio: frames, stainless food-contact parts
  and harnesses local; controls, drives and sensors German; castings, die casts, injection mouldings and PCBs
  in China, single-sourced where a mould ties them down. About 62 % of the parts are single-sourced. Of the
  dual sources: China + Taiwan pairs (servo drives, gearboxes, power supplies, HMI, valves, linear guides: the
  "dual" that fails in the same Taiwan-strait event), two suppliers in one country (two Chinese, two German),
  and real diversification (China + Vietnam/India/Turkey/Morocco, Belgium + Turkey/Morocco, Germany +
  Poland, which the zone model still puts in one zone, the EU single market). Candidates at 0 % share are not
  yet qualified and carry qualification days and cost (a Polish, a Moroccan and a Turkish foundry for the
  main-drive housing; a Polish moulder for the covers; ...).
* Where a supplier produces elsewhere than its legal seat, ``origin_country`` says so: a German drive maker
  building servo motors in Plzen (CZ), a German pneumatics maker with a plant in Hungary, a Taiwanese EMS
  building in Kunshan (CN), a Taiwanese display maker assembling in Bac Ninh (VN), a Belgian import agent
  shipping Chinese goods, Belgian distributors shipping German stock.
* Transport follows the origin: sea from Asia (transit 30-45 days, lead time 50-75), air for a few small,
  valuable electronics, rail for one Chinese gear-motor flow, short-sea or road from Morocco and Turkey, road
  within Europe (mostly 5-20 days; engineered drives, gearboxes and controls up to 35), a barge for stainless
  sheet from a Dutch stockholder.
* Supplier groups (``parent_group``) that do not fail independently: a Swedish bearing group with German and
  Chinese plants, a German drive group with a Suzhou plant, a Taiwanese linear-motion maker with a Kunshan
  plant, a Belgian sheet-metal group with a Polish plant.
* Names are fictitious. Most are Windows-1252-encodable; Polish (l-stroke, S-acute, z-dot, n-acute), Turkish
  (S-cedilla in "A.S.") and Czech (n-caron in Plzen) letters are not, which is fine in UTF-8 but would not survive
  a save as "CSV (separated by ;)" in Windows-1252.
"""

import csv
import io
import math
import random
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "flemish-machine-builder"
rng = random.Random(2026)

# ---------------------------------------------------------------------------------------------------------------
# Machines per year by model; a part's "models" says which machines use it.
MODELS = {"ALL": 1200, "FW": 720, "TS": 360, "VF": 120, "FWVF": 840, "FWTS": 1080, "TSVF": 480}

# Contribution lost per machine that cannot ship, by model (tray sealers are the dearest machines).
MACHINE_MARGIN = {"ALL": 3800, "FW": 3300, "TS": 4800, "VF": 4000, "FWVF": 3400, "FWTS": 3800, "TSVF": 4600}

# Spare-parts and scrap margin on top of the build demand, by category (wear parts more).
SPARES = {
    "castings": 0.03, "machined parts": 0.06, "sheet metal": 0.02, "motors": 0.06, "drives": 0.06,
    "gearboxes": 0.05, "electronics": 0.05, "hmi": 0.04, "sensors": 0.08, "coding": 0.05, "pneumatics": 0.10,
    "bearings": 0.25, "linear motion": 0.08, "fasteners": 0.10, "cables": 0.06, "electrical": 0.08,
    "heating": 0.25, "plastics": 0.12, "conveyor belts": 0.20, "food contact": 0.15, "seals": 0.60,
    "raw material": 0.04, "power transmission": 0.10,
}

BUYER = {
    "castings": "Kurt", "machined parts": "Kurt", "sheet metal": "Kurt", "food contact": "Kurt",
    "raw material": "Kurt", "motors": "Nathalie", "drives": "Nathalie", "gearboxes": "Nathalie",
    "pneumatics": "Nathalie", "bearings": "Nathalie", "linear motion": "Nathalie", "power transmission": "Nathalie",
    "electronics": "Wout", "hmi": "Wout", "sensors": "Wout", "coding": "Wout", "electrical": "Wout",
    "heating": "Wout", "fasteners": "Lotte", "cables": "Lotte", "plastics": "Lotte", "conveyor belts": "Lotte",
    "seals": "Lotte",
}

# Categories whose parts are made to our drawing (they get a drawing number).
MADE_TO_PRINT = {"castings", "machined parts", "sheet metal", "food contact", "plastics"}

# ---------------------------------------------------------------------------------------------------------------
# Suppliers: key, supplier_id, legal name, country, city, parent_group, capacity (units/year, shared by its parts
# where their units are comparable), supplier_since, rating, shipping port or airport, payment terms (days).
SUPPLIERS = [
    # China
    ("CN_NBC", "L20110", "Ningbo Beilun Precision Casting Co., Ltd.", "CN", "Ningbo", "", 7500, 2014, "B", "Ningbo", 60),
    ("CN_SZD", "L20120", "Suzhou Huaxin Die Casting Co., Ltd.", "CN", "Suzhou", "", None, 2016, "B", "Shanghai", 60),
    ("CN_SZE", "L20130", "Shenzhen Kaida Electronics Co., Ltd.", "CN", "Shenzhen", "", None, 2015, "A", "Shenzhen", 60),
    ("CN_DGP", "L20140", "Dongguan Hengtai Precision Plastics Co., Ltd.", "CN", "Dongguan", "", None, 2013, "B", "Shenzhen", 60),
    ("CN_WXB", "L20150", "Wuxi Nordlager Bearing Co., Ltd.", "CN", "Wuxi", "Nordlager Group", None, 2018, "A", "Shanghai", 60),
    ("CN_HYF", "L20160", "Zhejiang Haiyan Fastener Co., Ltd.", "CN", "Haiyan", "", None, 2012, "B", "Shanghai", 90),
    ("CN_CZM", "L20170", "Changzhou Ruida Motion Technology Co., Ltd.", "CN", "Changzhou", "", None, 2019, "B", "Shanghai", 60),
    ("CN_XMC", "L20180", "Xiamen Sanhe Cable & Harness Co., Ltd.", "CN", "Xiamen", "", None, 2017, "B", "Xiamen", 60),
    ("CN_TZG", "L20190", "Taizhou Hengli Reducer Co., Ltd.", "CN", "Taizhou", "", None, 2016, "C", "Ningbo", 60),
    ("CN_HZB", "L20200", "Hangzhou Yongsheng Conveyor Belt Co., Ltd.", "CN", "Hangzhou", "", None, 2020, "B", "Ningbo", 60),
    ("CN_QDS", "L20210", "Qingdao Haina Sealing Technology Co., Ltd.", "CN", "Qingdao", "", None, 2018, "B", "Qingdao", 60),
    ("CN_RHS", "L20220", "Rheinland Drives (Suzhou) Co., Ltd.", "CN", "Suzhou", "Rheinland Antriebe", None, 2017, "A", "Shanghai", 45),
    ("CN_KSP", "L20230", "Kunshan TPM Precision Machinery Co., Ltd.", "CN", "Kunshan", "TPM Group", None, 2019, "A", "Shanghai", 60),
    ("CN_NBS", "L20240", "Ningbo Jinhai Sensor Technology Co., Ltd.", "CN", "Ningbo", "", None, 2020, "B", "Ningbo", 60),
    ("CN_YJK", "L20250", "Yangjiang Ruifeng Industrial Blades Co., Ltd.", "CN", "Yangjiang", "", None, 2015, "B", "Shenzhen", 60),
    ("CN_NBP", "L20260", "Ningbo Fenghua Pneumatic Co., Ltd.", "CN", "Ningbo", "", None, 2018, "B", "Ningbo", 60),
    # Taiwan
    ("TW_TPM", "L21010", "TPM Precision Motion Corp.", "TW", "Taichung", "TPM Group", None, 2011, "A", "Taichung", 60),
    ("TW_HES", "L21020", "Hsinchu Embedded Systems Co., Ltd.", "TW", "Hsinchu", "", None, 2014, "A", "Keelung", 45),
    ("TW_NTD", "L21030", "New Taipei Industrial Display Corp.", "TW", "New Taipei", "", None, 2016, "A", "Keelung", 45),
    ("TW_TNP", "L21040", "Tainan Pneumatic Components Co., Ltd.", "TW", "Tainan", "", None, 2015, "B", "Kaohsiung", 60),
    ("TW_TYS", "L21050", "Taoyuan Servo Technology Corp.", "TW", "Taoyuan", "", None, 2019, "B", "Keelung", 60),
    ("TW_KHF", "L21060", "Kaohsiung Fastener Industrial Co., Ltd.", "TW", "Kaohsiung", "", None, 2013, "A", "Kaohsiung", 60),
    ("TW_TCG", "L21070", "Taichung Gear Works Co., Ltd.", "TW", "Taichung", "", None, 2018, "A", "Taichung", 60),
    ("TW_TPE", "L21080", "Tamsui Power Electronics Co., Ltd.", "TW", "New Taipei", "", None, 2012, "A", "Keelung", 45),
    # Vietnam
    ("VN_HPP", "L22010", "Hai Phong Precision Plastics JSC", "VN", "Hai Phong", "", None, 2021, "B", "Hai Phong", 45),
    ("VN_BNW", "L22020", "Bac Ninh Wiring Systems Co., Ltd.", "VN", "Bac Ninh", "", None, 2022, "B", "Hai Phong", 45),
    ("VN_BDM", "L22030", "Binh Duong Mechanical Engineering Co., Ltd.", "VN", "Thu Dau Mot", "", None, 2021, "C", "Ho Chi Minh City", 45),
    # India
    ("IN_PCM", "L23010", "Pune Castings & Machining Pvt. Ltd.", "IN", "Pune", "", None, 2019, "B", "Nhava Sheva", 60),
    ("IN_LDF", "L23020", "Ludhiana Industrial Fasteners Pvt. Ltd.", "IN", "Ludhiana", "", None, 2022, "B", "Mundra", 60),
    # Turkey (S-cedilla is not in Windows-1252)
    ("TR_BRD", "L24010", "Bursa Döküm Sanayi ve Ticaret A.Ş.", "TR", "Bursa", "", None, 2023, "B", "Bursa", 60),
    ("TR_EGK", "L24020", "Ege Kablo ve Elektrik Sanayi A.Ş.", "TR", "Izmir", "", None, 2021, "B", "Izmir", 60),
    ("TR_KNR", "L24030", "Konya Redüktör Sanayi A.Ş.", "TR", "Konya", "", None, 2020, "B", "Konya", 60),
    ("TR_GPM", "L24040", "Gebze Paslanmaz Makine Sanayi A.Ş.", "TR", "Gebze", "", None, 2022, "B", "Gebze", 60),
    # Morocco
    ("MA_TGC", "L25010", "Tanger Câblage Industrie SARL", "MA", "Tanger", "", 3000, 2017, "A", "Tanger Med", 45),
    ("MA_FAM", "L25020", "Fonderie Atlas Maroc SARL", "MA", "Casablanca", "", None, 2022, "B", "Casablanca", 45),
    # Poland (l-stroke, S-acute, z-dot, n-acute are not in Windows-1252)
    ("PL_OZW", "L26010", "Odlewnia Żeliwa Wrocław Sp. z o.o.", "PL", "Wrocław", "", None, 2021, "B", "Wrocław", 45),
    ("PL_MPZ", "L26020", "Metalpol Obróbka CNC Sp. z o.o.", "PL", "Poznań", "", None, 2018, "A", "Poznań", 45),
    ("PL_VHP", "L26030", "Vanhoutte Metal Polska Sp. z o.o.", "PL", "Legnica", "Vanhoutte Group", None, 2016, "A", "Legnica", 60),
    ("PL_ESL", "L26040", "Elektro-Śląsk Sp. z o.o.", "PL", "Gliwice", "", None, 2020, "B", "Gliwice", 45),
    ("PL_PLB", "L26050", "Plastpol Bielsko-Biała Sp. z o.o.", "PL", "Bielsko-Biała", "", None, 2024, "C", "Bielsko-Biała", 45),
    # Germany
    ("DE_ATR", "L27010", "Antriebstechnik Rheinland GmbH", "DE", "Mönchengladbach", "Rheinland Antriebe", None, 2009, "A", "Mönchengladbach", 30),
    ("DE_WST", "L27020", "Weser Servotechnik GmbH", "DE", "Hameln", "", None, 2020, "B", "Hameln", 30),
    ("DE_PNK", "L27030", "Pneumatik Neckar GmbH", "DE", "Esslingen am Neckar", "", None, 2008, "A", "Esslingen", 30),
    ("DE_SFR", "L27040", "Steuerungstechnik Franken GmbH", "DE", "Erlangen", "", None, 2007, "A", "Erlangen", 30),
    ("DE_LTS", "L27050", "Lagertechnik Schweinfurt GmbH", "DE", "Schweinfurt", "Nordlager Group", None, 2010, "A", "Schweinfurt", 30),
    ("DE_GBB", "L27060", "Getriebebau Bruchsal GmbH", "DE", "Bruchsal", "", None, 2011, "A", "Bruchsal", 30),
    ("DE_PGA", "L27070", "Präzisionsgetriebe Allgäu GmbH", "DE", "Kempten", "", None, 2015, "A", "Kempten", 30),
    ("DE_SBO", "L27080", "Sensorik Bodensee GmbH", "DE", "Friedrichshafen", "", None, 2010, "A", "Friedrichshafen", 30),
    ("DE_BHH", "L27090", "Befestigungstechnik Hohenlohe GmbH & Co. KG", "DE", "Künzelsau", "", None, 2006, "A", "Künzelsau", 30),
    ("DE_KWL", "L27100", "Kabelwerk Lippe GmbH", "DE", "Detmold", "", None, 2012, "A", "Detmold", 30),
    ("DE_SSL", "L27110", "Schaltgeräte Sauerland GmbH", "DE", "Lüdenscheid", "", None, 2009, "A", "Lüdenscheid", 30),
    ("DE_HSD", "L27120", "Heizelemente Schwarzwald GmbH", "DE", "Villingen-Schwenningen", "", None, 2014, "B", "Villingen", 30),
    ("DE_PDH", "L27130", "Präzisionsdrehteile Hagen GmbH", "DE", "Hagen", "", None, 2017, "A", "Hagen", 30),
    # Belgium
    ("BE_VHT", "L28010", "Plaatbewerking Vanhoutte NV", "BE", "Waregem", "Vanhoutte Group", None, 2004, "A", "Waregem", 60),
    ("BE_IVB", "L28020", "Inox Vandenbussche BV", "BE", "Roeselare", "", None, 2006, "A", "Roeselare", 60),
    ("BE_TPS", "L28030", "Techniparts Sourcing NV", "BE", "Gent", "", None, 2012, "B", "Gent", 60),
    ("BE_DDC", "L28040", "Draaierij Declercq BV", "BE", "Izegem", "", None, 2003, "A", "Izegem", 60),
    ("BE_EVM", "L28050", "Elektro Vermeersch NV", "BE", "Kuurne", "", None, 2005, "A", "Kuurne", 60),
    ("BE_BCL", "L28060", "Bevestigingstechniek Claes BV", "BE", "Aalst", "", None, 2008, "A", "Aalst", 30),
    ("BE_KMS", "L28070", "Kunststoffen Maes BV", "BE", "Lokeren", "", None, 2010, "B", "Lokeren", 60),
    ("BE_TDS", "L28080", "Transmissie Desmet NV", "BE", "Kortrijk", "", None, 2002, "A", "Kortrijk", 30),
    # Netherlands
    ("NL_PTW", "L29010", "Profielen Twente B.V.", "NL", "Enschede", "", None, 2011, "A", "Enschede", 30),
    ("NL_TBB", "L29020", "Transportbanden Brabant B.V.", "NL", "Tilburg", "", None, 2013, "A", "Tilburg", 30),
    ("NL_ARM", "L29030", "Afdichtingen Rijnmond B.V.", "NL", "Rotterdam", "", None, 2014, "B", "Rotterdam", 30),
    ("NL_RSN", "L29040", "RVS Staal Nederland B.V.", "NL", "Zwijndrecht", "", None, 2010, "A", "Zwijndrecht", 30),
    # France
    ("FR_MPN", "L30010", "Mécanique de Précision du Nord SAS", "FR", "Roubaix", "", None, 2012, "A", "Roubaix", 60),
    ("FR_RCL", "L30020", "Résistances Chauffantes Lyonnaises SAS", "FR", "Lyon", "", None, 2016, "A", "Lyon", 60),
    ("FR_CIT", "L30030", "Couteaux Industriels de Thiers SAS", "FR", "Thiers", "", None, 2019, "A", "Thiers", 60),
    # Italy
    ("IT_RIE", "L31010", "Riduttori Emilia S.p.A.", "IT", "Reggio Emilia", "", None, 2010, "A", "Reggio Emilia", 90),
    ("IT_NTV", "L31020", "Nastri Trasportatori Veneto S.r.l.", "IT", "Treviso", "", None, 2014, "A", "Treviso", 90),
    ("IT_VLO", "L31030", "Vuoto Industriale Lombardo S.r.l.", "IT", "Bergamo", "", None, 2012, "A", "Bergamo", 90),
    ("IT_GPI", "L31040", "Guarnizioni Piemonte S.r.l.", "IT", "Torino", "", None, 2016, "B", "Torino", 90),
    # Czechia, Spain, Portugal, Switzerland, Sweden, United Kingdom
    ("CZ_SJI", "L32010", "Strojírna Jihlava s.r.o.", "CZ", "Jihlava", "", None, 2017, "A", "Jihlava", 30),
    ("CZ_SLM", "L32020", "Slévárna Morava s.r.o.", "CZ", "Olomouc", "", None, 2019, "B", "Olomouc", 30),
    ("ES_CTL", "L37010", "Cintas Transportadoras Levante S.L.", "ES", "Valencia", "", None, 2020, "B", "Valencia", 60),
    ("ES_MNA", "L37020", "Mecanizados Navarra S.L.", "ES", "Pamplona", "", None, 2018, "A", "Pamplona", 60),
    ("PT_PLL", "L39010", "Plásticos de Leiria, Lda.", "PT", "Leiria", "", None, 2021, "A", "Leiria", 60),
    ("CH_PSA", "L38010", "Präzisionssensorik Aarau AG", "CH", "Aarau", "", None, 2013, "A", "Aarau", 30),
    ("SE_GLA", "L36010", "Göteborg Lager AB", "SE", "Göteborg", "Nordlager Group", None, 2005, "A", "Göteborg", 30),
    ("SE_NIN", "L36020", "Norrland Industrial Networks AB", "SE", "Umeå", "", None, 2018, "A", "Umeå", 30),
    ("GB_PCS", "L40010", "Pennine Coding Systems Ltd", "GB", "Huddersfield", "", None, 2016, "A", "Huddersfield", 30),
    # Japan, Korea, United States
    ("JP_KLM", "L33010", "Kanto Linear Motion K.K.", "JP", "Saitama", "", None, 2009, "A", "Tokyo", 60),
    ("JP_KSC", "L33020", "Kyoto Sensing & Control K.K.", "JP", "Kyoto", "", None, 2011, "A", "Kobe", 60),
    ("KR_CWM", "L34010", "Changwon Mechatronics Co., Ltd.", "KR", "Changwon", "", None, 2018, "B", "Busan", 60),
    ("KR_ICD", "L34020", "Incheon Industrial Display Co., Ltd.", "KR", "Incheon", "", None, 2020, "B", "Incheon", 60),
    ("US_GLP", "L35010", "Great Lakes Photonics Inc.", "US", "Ann Arbor", "", None, 2017, "A", "Detroit (DTW)", 30),
]

# Price index by producing country (Europe = 1).
PRICE_INDEX = {
    "CN": 0.78, "VN": 0.80, "IN": 0.82, "TW": 0.92, "TR": 0.88, "MA": 0.90, "PL": 0.93, "CZ": 0.95, "HU": 0.94,
    "PT": 0.95, "ES": 0.98, "IT": 1.00, "FR": 1.05, "BE": 1.08, "NL": 1.06, "DE": 1.05, "FI": 1.02, "SE": 1.08,
    "CH": 1.25, "GB": 1.10, "JP": 1.12, "KR": 1.00, "US": 1.20,
}
# Trading margin of agents and distributors on top of the producer's price.
MARKUP = {"BE_TPS": 1.14, "BE_BCL": 1.12, "BE_TDS": 1.10, "NL_RSN": 1.06, "NL_ARM": 1.10}

ASIA = {"CN", "TW", "VN", "IN", "JP", "KR"}
SEA_TRANSIT = {"CN": (36, 44), "TW": (35, 42), "VN": (33, 40), "IN": (30, 35), "JP": (40, 45), "KR": (38, 44)}
ROAD_TRANSIT = {"BE": (1, 1), "NL": (1, 1), "DE": (1, 2), "FR": (1, 2), "CZ": (2, 2), "PL": (2, 3), "HU": (3, 3),
                "IT": (2, 3), "ES": (3, 3), "PT": (4, 4), "SE": (3, 3), "CH": (1, 2), "GB": (2, 3), "FI": (3, 3)}
# Days to produce and hand over before transport, by category (Asia; Europe is faster on call-off contracts).
PRODUCTION = {
    "castings": (24, 32), "machined parts": (14, 22), "sheet metal": (14, 22), "motors": (18, 26),
    "drives": (18, 26), "gearboxes": (18, 26), "electronics": (16, 24), "hmi": (16, 24), "sensors": (12, 20),
    "coding": (20, 28), "pneumatics": (12, 20), "bearings": (12, 18), "linear motion": (16, 24),
    "fasteners": (10, 16), "cables": (14, 20), "electrical": (10, 16), "heating": (10, 16), "plastics": (16, 24),
    "conveyor belts": (12, 18), "food contact": (16, 24), "seals": (10, 16), "raw material": (8, 14),
    "power transmission": (12, 18),
}
ENGINEERED = {"motors", "drives", "gearboxes"}  # European lead times up to 35 days
RECOVERY = {
    "castings": 110, "machined parts": 45, "sheet metal": 45, "motors": 75, "drives": 75, "gearboxes": 75,
    "electronics": 75, "hmi": 75, "sensors": 45, "coding": 90, "pneumatics": 45, "bearings": 40,
    "linear motion": 60, "fasteners": 21, "cables": 45, "electrical": 30, "heating": 40, "plastics": 90,
    "conveyor belts": 35, "food contact": 60, "seals": 30, "raw material": 30, "power transmission": 30,
}

# ---------------------------------------------------------------------------------------------------------------
# Parts: part_id, description (Dutch, as in the ERP), category, part_family, quantity per machine, models,
# European reference price (EUR per price unit), price unit, uom, criticality, weight kg, CN code, dual-use code,
# and the sources: (supplier key, share %, options). Options: site, origin (producing country when not the
# supplier's), mode, cand (candidate: (qualification days, cost)), nocap (no spare capacity), lt (fixed lead
# time), rec (fixed recovery days).
PARTS = [
    # --- castings: housings with their lids from one family mould, die casts, patterns ---
    ("110010", "Behuizing hoofdaandrijving GJL-250 (gietstuk, voorbewerkt)", "castings", "HOUSING", 1, "ALL", 265.00, 1, "pcs", "A", 38.5, "84839089", "",
     [("CN_NBC", 100, {"rec": 120, "nocap": True}), ("PL_OZW", 0, {"cand": (120, 24500)}),
      ("MA_FAM", 0, {"cand": (150, 21000)}), ("TR_BRD", 0, {"cand": (135, 19800)})]),
    ("110020", "Deksel behuizing hoofdaandrijving GJL-250 (gietstuk)", "castings", "HOUSING", 1, "ALL", 72.00, 1, "pcs", "A", 11.2, "84839089", "",
     [("CN_NBC", 100, {"rec": 120, "nocap": True}), ("PL_OZW", 0, {"cand": (90, 8500)})]),
    ("110030", "Lagerhuis zegelkop AlSi9Cu3 (spuitgietwerk)", "castings", "SEALHEAD", 2, "FWVF", 96.00, 1, "pcs", "A", 4.6, "84229090", "",
     [("CN_SZD", 100, {}), ("CZ_SLM", 0, {"cand": (140, 32000)})]),
    ("110040", "Afdekkap zegelkop AlSi9Cu3 (spuitgietwerk)", "castings", "SEALHEAD", 2, "FWVF", 31.00, 1, "pcs", "B", 1.4, "84229090", "",
     [("CN_SZD", 100, {})]),
    ("110050", "Lagerblok GJS-400 (gietstuk)", "castings", "BEARINGBLOCK", 4, "ALL", 38.00, 1, "pcs", "B", 3.9, "84833032", "",
     [("CN_NBC", 70, {}), ("MA_FAM", 30, {})]),
    ("110060", "Kaakdrager aluminium (coquillegietwerk)", "castings", "JAWCARRIER", 2, "FWVF", 58.00, 1, "pcs", "A", 2.8, "84229090", "",
     [("CN_SZD", 60, {}), ("CN_NBC", 40, {})]),
    ("110070", "Basisplaat zegelgereedschap AlSi7Mg (zandgietwerk)", "castings", "TRAYTOOL", 1, "TS", 185.00, 1, "pcs", "A", 14.0, "84229090", "",
     [("CZ_SLM", 100, {})]),
    ("110080", "Deksel zegelgereedschap AlSi7Mg (zandgietwerk)", "castings", "TRAYTOOL", 1, "TS", 120.00, 1, "pcs", "A", 9.5, "84229090", "",
     [("CZ_SLM", 100, {})]),
    ("110090", "Stelvoet RVS 1.4408 (precisiegietwerk)", "castings", "FEET", 4, "ALL", 14.50, 1, "pcs", "B", 0.9, "73259990", "",
     [("IN_PCM", 60, {}), ("TR_BRD", 40, {})]),
    ("110100", "Naaf filmrolhouder aluminium (spuitgietwerk)", "castings", "REELHUB", 2, "FWVF", 22.00, 1, "pcs", "B", 0.8, "76169910", "",
     [("CN_SZD", 100, {})]),
    ("110110", "Adapterflens motor GJL-250 (gietstuk)", "castings", "FLANGE", 3, "ALL", 17.80, 1, "pcs", "B", 2.1, "73251000", "",
     [("PL_OZW", 100, {})]),
    # --- machined shafts ---
    ("120010", "Hoofdas Ø40 42CrMo4 gedraaid en geslepen", "machined parts", "SHAFTS", 1, "ALL", 68.00, 1, "pcs", "A", 7.8, "84831095", "",
     [("BE_DDC", 100, {})]),
    ("120020", "Kaakas boven Ø35 RVS 1.4404", "machined parts", "SHAFTS", 1, "FWVF", 112.00, 1, "pcs", "A", 4.9, "84831095", "",
     [("DE_PDH", 60, {}), ("PL_MPZ", 40, {})]),
    ("120030", "Kaakas onder Ø35 RVS 1.4404", "machined parts", "SHAFTS", 1, "FWVF", 112.00, 1, "pcs", "A", 4.9, "84831095", "",
     [("DE_PDH", 60, {}), ("PL_MPZ", 40, {})]),
    ("120040", "Mesas Ø30 snijstation", "machined parts", "SHAFTS", 1, "FWVF", 86.00, 1, "pcs", "A", 3.1, "84831095", "",
     [("CZ_SJI", 100, {})]),
    ("120050", "Filmrolas Ø50 aluminium geanodiseerd", "machined parts", "SHAFTS", 2, "FWVF", 34.00, 1, "pcs", "B", 2.2, "84831095", "",
     [("IN_PCM", 70, {}), ("BE_DDC", 30, {})]),
    ("120060", "Aandrijfas transportband Ø25 RVS", "machined parts", "SHAFTS", 2, "ALL", 29.00, 1, "pcs", "B", 1.6, "84831095", "",
     [("PL_MPZ", 60, {}), ("BE_DDC", 40, {})]),
    ("120070", "Spanrolas Ø20 RVS", "machined parts", "SHAFTS", 4, "ALL", 12.40, 1, "pcs", "C", 0.7, "84831095", "",
     [("VN_BDM", 60, {}), ("IN_PCM", 40, {})]),
    ("120080", "Zeskantas 30 mm doseereenheid", "machined parts", "SHAFTS", 1, "VF", 74.00, 1, "pcs", "B", 2.6, "84831095", "",
     [("ES_MNA", 100, {})]),
    ("120090", "Liftas zegelstation Ø40 hardverchroomd", "machined parts", "SHAFTS", 2, "TS", 96.00, 1, "pcs", "A", 3.9, "84831095", "",
     [("PL_MPZ", 100, {})]),
    ("120100", "Tussenas haakse overbrenging", "machined parts", "SHAFTS", 1, "ALL", 41.00, 1, "pcs", "B", 1.9, "84831095", "",
     [("CZ_SJI", 50, {}), ("PL_MPZ", 50, {})]),
    # --- other machined transmission parts ---
    ("121010", "Tandriemschijf AT10 z=32 aluminium", "machined parts", "PULLEYS", 4, "ALL", 21.00, 1, "pcs", "B", 0.6, "84835080", "",
     [("BE_TPS", 100, {"origin": "CN", "site": "Ningbo"})]),
    ("121020", "Tandriemschijf AT10 z=20 aluminium", "machined parts", "PULLEYS", 4, "ALL", 15.50, 1, "pcs", "C", 0.35, "84835080", "",
     [("BE_TPS", 100, {"origin": "CN", "site": "Ningbo"})]),
    ("121030", "Kettingwiel 1/2\" z=19 RVS", "machined parts", "SPROCKETS", 2, "ALL", 9.80, 1, "pcs", "C", 0.5, "84839089", "",
     [("BE_TDS", 100, {"origin": "DE"})]),
    ("121040", "Tandwiel m2 z=48 gehard", "machined parts", "GEARS", 2, "ALL", 38.00, 1, "pcs", "B", 1.2, "84839089", "",
     [("CZ_SJI", 70, {}), ("PL_MPZ", 30, {})]),
    ("121050", "Nokschijf liftbeweging zegelstation 42CrMo4", "machined parts", "GEARS", 1, "TS", 145.00, 1, "pcs", "A", 3.3, "84839089", "",
     [("ES_MNA", 100, {})]),
    # --- sheet metal ---
    ("130010", "Machineframe RVS 304 gelast (flowpack)", "sheet metal", "FRAME", 1, "FW", 1200.00, 1, "pcs", "A", 145.0, "84229090", "",
     [("BE_VHT", 100, {"nocap": True})]),
    ("130020", "Machineframe RVS 304 gelast (traysealer)", "sheet metal", "FRAME", 1, "TS", 1700.00, 1, "pcs", "A", 210.0, "84229090", "",
     [("BE_IVB", 100, {})]),
    ("130030", "Machineframe RVS 304 gelast (verticale vulmachine)", "sheet metal", "FRAME", 1, "VF", 1650.00, 1, "pcs", "A", 175.0, "84229090", "",
     [("BE_VHT", 60, {}), ("PL_VHP", 40, {})]),
    ("130040", "Beschermdeur RVS met polycarbonaat", "sheet metal", "GUARDS", 3, "ALL", 120.00, 1, "pcs", "B", 8.5, "84229090", "",
     [("BE_VHT", 70, {}), ("TR_GPM", 30, {})]),
    ("130050", "Schakelkast RVS 1000x800x300", "sheet metal", "CABINET", 1, "ALL", 480.00, 1, "pcs", "A", 48.0, "85381000", "",
     [("PL_VHP", 100, {})]),
    ("130060", "Transportbandframe invoer RVS", "sheet metal", "CONVFRAME", 1, "FWTS", 420.00, 1, "pcs", "A", 28.0, "84313900", "",
     [("BE_IVB", 100, {})]),
    ("130070", "Afrolframe folie RVS", "sheet metal", "FRAME", 1, "FWVF", 310.00, 1, "pcs", "A", 19.0, "84229090", "",
     [("BE_IVB", 70, {}), ("TR_GPM", 30, {})]),
    ("130080", "Zijafdekplaten RVS (set)", "sheet metal", "COVERS", 1, "ALL", 150.00, 1, "set", "B", 12.0, "84229090", "",
     [("BE_VHT", 80, {}), ("PL_VHP", 20, {})]),
    ("130090", "Montagebeugels sensoren RVS (set 10)", "sheet metal", "BRACKETS", 1, "ALL", 38.00, 1, "set", "C", 1.1, "73269098", "",
     [("VN_BDM", 100, {})]),
    ("130100", "Kabelgoot RVS 100x60 (2 m)", "sheet metal", "BRACKETS", 3, "ALL", 26.00, 1, "pcs", "C", 2.4, "73269098", "",
     [("BE_VHT", 70, {}), ("TR_GPM", 30, {})]),
    ("130110", "Zwenkarm bedieningspaneel RVS", "sheet metal", "HMIARM", 1, "ALL", 245.00, 1, "pcs", "B", 9.8, "84229090", "",
     [("BE_IVB", 100, {})]),
    ("130120", "Afvalbak RVS onder snijstation", "sheet metal", "COVERS", 1, "FW", 48.00, 1, "pcs", "C", 3.2, "73269098", "",
     [("TR_GPM", 100, {})]),
    # --- servo motors and drives ---
    ("210010", "Servomotor 0,4 kW 3000 tpm", "motors", "SERVO", 2, "ALL", 240.00, 1, "pcs", "A", 1.6, "85015100", "",
     [("TW_TYS", 100, {})]),
    ("210020", "Servomotor 1,0 kW 3000 tpm", "motors", "SERVO", 2, "FWVF", 350.00, 1, "pcs", "A", 3.8, "85015220", "",
     [("DE_ATR", 60, {"origin": "CZ", "site": "Plzeň"}), ("TW_TYS", 40, {})]),
    ("210030", "Servomotor 2,2 kW 3000 tpm", "motors", "SERVO", 1, "ALL", 480.00, 1, "pcs", "A", 7.4, "85015220", "",
     [("DE_ATR", 70, {"origin": "CZ", "site": "Plzeň"}), ("KR_CWM", 30, {})]),
    ("210040", "Servomotor 4,4 kW met rem", "motors", "SERVO", 1, "TS", 820.00, 1, "pcs", "A", 13.5, "85015220", "",
     [("KR_CWM", 100, {}), ("DE_WST", 0, {"cand": (60, 9500)})]),
    ("210050", "Servoregelaar 1-assig 3 A", "drives", "SERVODRIVE", 2, "ALL", 290.00, 1, "pcs", "A", 1.9, "85044084", "",
     [("TW_TYS", 50, {}), ("CN_CZM", 50, {})]),
    ("210060", "Servoregelaar 2-assig 2x5 A", "drives", "SERVODRIVE", 1, "FWVF", 590.00, 1, "pcs", "A", 2.6, "85044084", "",
     [("DE_ATR", 100, {"site": "Mönchengladbach"})]),
    ("210070", "Servoregelaar 1-assig 12 A", "drives", "SERVODRIVE", 1, "ALL", 480.00, 1, "pcs", "A", 3.2, "85044084", "",
     [("DE_ATR", 70, {"site": "Mönchengladbach"}), ("DE_WST", 30, {})]),
    ("210080", "Draaistroom-reductormotor 0,37 kW transportband", "motors", "GEARMOTOR", 2, "ALL", 215.00, 1, "pcs", "B", 9.6, "85015100", "",
     [("CN_RHS", 60, {"mode": "rail"}), ("DE_ATR", 40, {"site": "Mönchengladbach"})]),
    ("210090", "Frequentieregelaar 0,75 kW", "drives", "VFD", 2, "ALL", 155.00, 1, "pcs", "B", 1.3, "85044084", "",
     [("CN_CZM", 70, {}), ("CN_RHS", 30, {})]),
    ("210100", "Vacuümpomp schottenpomp 100 m³/h", "motors", "VACUUM", 1, "TS", 1750.00, 1, "pcs", "A", 68.0, "84141025", "",
     [("IT_VLO", 100, {})]),
    # --- gearboxes ---
    ("220010", "Planetaire tandwielkast i=10 servo-aanbouw", "gearboxes", "GEARBOX", 2, "FWVF", 320.00, 1, "pcs", "A", 4.1, "84834051", "",
     [("TW_TCG", 60, {}), ("CN_TZG", 40, {})]),
    ("220020", "Planetaire tandwielkast i=5 servo-aanbouw", "gearboxes", "GEARBOX", 2, "ALL", 290.00, 1, "pcs", "A", 3.4, "84834051", "",
     [("DE_PGA", 50, {}), ("DE_GBB", 50, {})]),
    ("220030", "Wormwielkast i=20", "gearboxes", "GEARBOX", 2, "ALL", 148.00, 1, "pcs", "B", 5.2, "84834051", "",
     [("CN_TZG", 70, {}), ("TR_KNR", 30, {})]),
    ("220040", "Haakse kegelwielkast i=1", "gearboxes", "GEARBOX", 1, "ALL", 265.00, 1, "pcs", "A", 6.8, "84834051", "",
     [("CN_TZG", 100, {}), ("DE_GBB", 0, {"cand": (45, 3500)})]),
    ("220050", "Hoofdreductor schroefwielkast i=28", "gearboxes", "GEARBOX", 1, "ALL", 520.00, 1, "pcs", "A", 22.0, "84834051", "",
     [("IT_RIE", 100, {})]),
    # --- PLC and motion control (one platform, one maker) ---
    ("240010", "PLC-CPU compact", "electronics", "CONTROL", 1, "ALL", 420.00, 1, "pcs", "A", 0.6, "85371091", "",
     [("DE_SFR", 100, {})]),
    ("240020", "Motion controller 8-assig", "electronics", "CONTROL", 1, "ALL", 640.00, 1, "pcs", "A", 1.1, "85371091", "",
     [("DE_SFR", 100, {})]),
    ("240030", "Digitale ingangskaart 16DI", "electronics", "CONTROL", 3, "ALL", 78.00, 1, "pcs", "A", 0.2, "85389091", "",
     [("DE_SFR", 100, {})]),
    ("240040", "Digitale uitgangskaart 16DO", "electronics", "CONTROL", 2, "ALL", 86.00, 1, "pcs", "A", 0.2, "85389091", "",
     [("DE_SFR", 100, {})]),
    ("240050", "Analoge ingangskaart 4AI", "electronics", "CONTROL", 1, "ALL", 145.00, 1, "pcs", "B", 0.2, "85389091", "",
     [("DE_SFR", 100, {})]),
    ("240060", "Veiligheids-PLC", "electronics", "CONTROL", 1, "ALL", 390.00, 1, "pcs", "A", 0.4, "85371091", "",
     [("DE_SFR", 100, {})]),
    ("240070", "Veldbuskoppelaar EtherCAT", "electronics", "CONTROL", 2, "ALL", 165.00, 1, "pcs", "B", 0.15, "85389091", "",
     [("TW_HES", 60, {"site": "Hsinchu"}), ("CN_SZE", 40, {})]),
    ("240080", "Industriële ethernetswitch 8-poorts", "electronics", "NETWORK", 1, "ALL", 210.00, 1, "pcs", "B", 0.4, "85176200", "",
     [("TW_HES", 100, {"origin": "CN", "site": "Kunshan"})]),
    # --- PCBs and power supplies ---
    ("250010", "Stuurprint zegeltemperatuur 4 zones", "electronics", "PCB", 1, "ALL", 145.00, 1, "pcs", "A", 0.3, "85389091", "",
     [("CN_SZE", 100, {}), ("PL_ESL", 0, {"cand": (90, 12000)})]),
    ("250020", "Interfaceprint I/O-verdeling", "electronics", "PCB", 1, "ALL", 68.00, 1, "pcs", "B", 0.2, "85389091", "",
     [("CN_SZE", 70, {}), ("TW_HES", 30, {"origin": "CN", "site": "Kunshan"})]),
    ("250030", "Print veiligheidscircuit deurvergrendeling", "electronics", "PCB", 1, "ALL", 52.00, 1, "pcs", "A", 0.15, "85389091", "",
     [("TW_HES", 100, {"site": "Hsinchu"})]),
    ("250040", "FPGA-visiekaart etiketcontrole", "electronics", "VISION", 0.33, "FWTS", 690.00, 1, "pcs", "A", 0.3, "84733020", "3A001.a.7",
     [("TW_HES", 100, {"site": "Hsinchu", "mode": "air"})]),
    ("250050", "Voeding 24 V DC 10 A", "electronics", "POWER", 1, "ALL", 88.00, 1, "pcs", "A", 0.9, "85044082", "",
     [("CN_SZE", 60, {}), ("TW_TPE", 40, {})]),
    ("250060", "Voeding 24 V DC 20 A", "electronics", "POWER", 1, "ALL", 142.00, 1, "pcs", "A", 1.3, "85044082", "",
     [("TW_TPE", 50, {}), ("CN_SZE", 50, {})]),
    ("250070", "Voeding 48 V DC 10 A servologica", "electronics", "POWER", 1, "FWVF", 168.00, 1, "pcs", "B", 1.5, "85044082", "",
     [("TW_TPE", 100, {})]),
    ("250080", "Temperatuurregelaar 4 zones PID", "electronics", "HEAT", 1, "ALL", 240.00, 1, "pcs", "A", 0.5, "90328900", "",
     [("JP_KSC", 100, {})]),
    # --- HMI and remote service ---
    ("260010", "HMI touchpanel 10,1\"", "hmi", "HMI", 1, "TSVF", 520.00, 1, "pcs", "A", 2.2, "85371091", "",
     [("TW_NTD", 60, {"origin": "VN", "site": "Bac Ninh"}), ("KR_ICD", 40, {})]),
    ("260020", "HMI touchpanel 15,6\"", "hmi", "HMI", 1, "FW", 890.00, 1, "pcs", "A", 4.1, "85371091", "",
     [("TW_NTD", 50, {"site": "New Taipei"}), ("CN_SZE", 50, {})]),
    ("260030", "Industriële paneel-pc 21,5\" (optie)", "hmi", "HMI", 0.15, "ALL", 1650.00, 1, "pcs", "B", 7.5, "84714100", "",
     [("TW_NTD", 100, {"site": "New Taipei"})]),
    ("260040", "VPN-router remote service met versleuteling", "electronics", "NETWORK", 1, "ALL", 340.00, 1, "pcs", "B", 0.5, "85176200", "5A002.a",
     [("SE_NIN", 100, {})]),
    # --- sensors ---
    ("270010", "Inductieve sensor M12 PNP RVS", "sensors", "PROX", 8, "ALL", 24.00, 1, "pcs", "B", 0.05, "85365019", "",
     [("DE_SBO", 70, {}), ("CN_NBS", 30, {})]),
    ("270020", "Inductieve sensor M18 PNP", "sensors", "PROX", 4, "ALL", 34.00, 1, "pcs", "B", 0.07, "85365019", "",
     [("CN_NBS", 60, {}), ("DE_SBO", 40, {})]),
    ("270030", "Drukmerksensor registratie (contrastsensor)", "sensors", "PHOTO", 1, "FWVF", 265.00, 1, "pcs", "A", 0.2, "85365019", "",
     [("JP_KSC", 100, {})]),
    ("270040", "Reflectie-lichtsluis met polarisatiefilter", "sensors", "PHOTO", 4, "ALL", 64.00, 1, "pcs", "B", 0.09, "85365019", "",
     [("DE_SBO", 60, {}), ("JP_KSC", 40, {})]),
    ("270050", "Glasvezelversterker met kop", "sensors", "PHOTO", 2, "ALL", 118.00, 1, "pcs", "B", 0.12, "85365019", "",
     [("JP_KSC", 100, {})]),
    ("270060", "Veiligheidsschakelaar RFID deur", "sensors", "SAFETY", 4, "ALL", 78.00, 1, "pcs", "B", 0.15, "85365019", "",
     [("DE_SBO", 100, {})]),
    ("270070", "Veiligheidslichtscherm 600 mm", "sensors", "SAFETY", 1, "FWTS", 440.00, 1, "pcs", "A", 2.4, "85365019", "",
     [("DE_SBO", 100, {})]),
    ("270080", "Incrementele encoder 2048 ppr", "sensors", "ENCODER", 2, "ALL", 145.00, 1, "pcs", "B", 0.3, "90318038", "",
     [("CH_PSA", 50, {}), ("JP_KSC", 50, {})]),
    ("270090", "Druktransmitter 0-10 bar", "sensors", "PRESSURE", 2, "ALL", 128.00, 1, "pcs", "B", 0.15, "90262020", "",
     [("CH_PSA", 70, {}), ("CN_NBS", 30, {})]),
    ("270100", "Absolute-druksensor 0-1000 mbar Inconel-membraan", "sensors", "PRESSURE", 1, "TS", 385.00, 1, "pcs", "A", 0.3, "90262020", "2B230",
     [("CH_PSA", 100, {})]),
    ("270110", "Temperatuurvoeler PT100 mantel 3 mm", "sensors", "TEMP", 6, "ALL", 18.50, 1, "pcs", "C", 0.05, "90251900", "",
     [("CN_NBS", 50, {}), ("DE_HSD", 50, {})]),
    ("270120", "Thermokoppel type J zegelbalk", "sensors", "TEMP", 4, "FWVF", 14.20, 1, "pcs", "C", 0.04, "90251900", "",
     [("DE_HSD", 100, {})]),
    ("270130", "Loadcel 20 kg controleweger", "sensors", "WEIGH", 0.25, "FW", 265.00, 1, "pcs", "B", 0.6, "84239010", "",
     [("CN_NBS", 70, {}), ("BE_TPS", 30, {"origin": "CN", "site": "Ningbo"})]),
    ("270140", "Ultrasone sensor roldiameter", "sensors", "ULTRA", 2, "FWVF", 165.00, 1, "pcs", "B", 0.15, "90318038", "",
     [("DE_SBO", 100, {})]),
    # --- coding ---
    ("280010", "Gepulste fiberlasermodule 50 W (lasermarkering)", "coding", "CODING", 0.08, "ALL", 5900.00, 1, "pcs", "A", 11.0, "90132000", "6A005.b",
     [("US_GLP", 100, {"mode": "air"})]),
    ("280020", "Thermotransferprinter 53 mm datumcodering", "coding", "CODING", 0.25, "ALL", 1850.00, 1, "pcs", "B", 6.5, "84433210", "",
     [("GB_PCS", 100, {})]),
    # --- pneumatics ---
    ("290010", "Ventieleiland 8-voudig IO-Link", "pneumatics", "VALVES", 1, "ALL", 520.00, 1, "pcs", "A", 2.8, "84812090", "",
     [("DE_PNK", 60, {"site": "Esslingen"}), ("DE_PNK", 40, {"origin": "HU", "site": "Székesfehérvár"})]),
    ("290020", "Magneetventiel 5/2 G1/4 24 V DC", "pneumatics", "VALVES", 4, "ALL", 58.00, 1, "pcs", "B", 0.35, "84812090", "",
     [("TW_TNP", 70, {}), ("CN_NBP", 30, {})]),
    ("290030", "Pneumatische cilinder ISO 15552 Ø50x200", "pneumatics", "CYLINDERS", 2, "ALL", 118.00, 1, "pcs", "B", 2.1, "84123100", "",
     [("CN_NBP", 60, {}), ("DE_PNK", 40, {"origin": "HU", "site": "Székesfehérvár"})]),
    ("290040", "Pneumatische cilinder ISO 15552 Ø63x100", "pneumatics", "CYLINDERS", 2, "TS", 135.00, 1, "pcs", "A", 2.6, "84123100", "",
     [("DE_PNK", 100, {"origin": "HU", "site": "Székesfehérvár"})]),
    ("290050", "Compacte cilinder Ø32x25", "pneumatics", "CYLINDERS", 6, "ALL", 36.00, 1, "pcs", "B", 0.3, "84123100", "",
     [("TW_TNP", 60, {}), ("CN_NBP", 40, {})]),
    ("290060", "Geleidingscilinder Ø20x50", "pneumatics", "CYLINDERS", 4, "FWVF", 92.00, 1, "pcs", "B", 0.8, "84123100", "",
     [("DE_PNK", 100, {"site": "Esslingen"})]),
    ("290070", "Filter-regelaar G1/2 met manometer", "pneumatics", "AIRPREP", 1, "ALL", 165.00, 1, "pcs", "B", 1.6, "84811005", "",
     [("DE_PNK", 100, {"origin": "HU", "site": "Székesfehérvár"})]),
    ("290080", "Vacuümejector met zuignappen (set)", "pneumatics", "VACUUM", 4, "TS", 48.00, 1, "set", "C", 0.2, "84148080", "",
     [("CN_NBP", 100, {})]),
    ("290090", "Pneumatische slang PU 8 mm (rol 50 m)", "pneumatics", "TUBING", 1.5, "ALL", 46.00, 1, "roll", "C", 2.1, "39173200", "",
     [("CN_NBP", 100, {})]),
    ("290100", "Insteekkoppeling 8 mm (zak 10)", "pneumatics", "TUBING", 4, "ALL", 7.40, 1, "box", "C", 0.1, "74122000", "",
     [("CN_NBP", 100, {})]),
    # --- bearings ---
    ("300010", "Groefkogellager 6205-2RS", "bearings", "BEARINGS", 12, "ALL", 3.10, 1, "pcs", "C", 0.13, "84821090", "",
     [("SE_GLA", 70, {}), ("CN_WXB", 30, {})]),
    ("300020", "Groefkogellager 6206-2RS", "bearings", "BEARINGS", 8, "ALL", 4.40, 1, "pcs", "C", 0.2, "84821090", "",
     [("DE_LTS", 60, {}), ("CN_WXB", 40, {})]),
    ("300030", "Groefkogellager 6004-2RS", "bearings", "BEARINGS", 10, "ALL", 2.05, 1, "pcs", "C", 0.07, "84821090", "",
     [("CN_WXB", 70, {}), ("DE_LTS", 30, {})]),
    ("300040", "RVS kogellager S6205-2RS voedselcontact", "bearings", "BEARINGS", 8, "ALL", 14.80, 1, "pcs", "B", 0.13, "84821090", "",
     [("BE_TDS", 100, {"origin": "DE"})]),
    ("300050", "Miniatuurlager 608-2RS RVS", "bearings", "BEARINGS", 12, "FWVF", 2.60, 1, "pcs", "C", 0.012, "84821010", "",
     [("BE_TPS", 100, {"origin": "CN", "site": "Wuxi"})]),
    ("300060", "Naaldlager HK2016", "bearings", "BEARINGS", 6, "FWVF", 1.85, 1, "pcs", "C", 0.02, "84824000", "",
     [("DE_LTS", 80, {}), ("SE_GLA", 20, {})]),
    ("300070", "Hoekcontactkogellager 7206 (paar)", "bearings", "BEARINGS", 2, "ALL", 46.00, 1, "set", "B", 0.4, "84821090", "",
     [("SE_GLA", 100, {})]),
    # --- linear motion ---
    ("310010", "Lineaire geleiding 25 mm (rail 1000 mm + 2 wagens)", "linear motion", "LINEAR", 2, "ALL", 168.00, 1, "set", "B", 4.8, "84828000", "",
     [("TW_TPM", 60, {}), ("CN_KSP", 40, {})]),
    ("310020", "Geleidewagen 25 mm flensuitvoering", "linear motion", "LINEAR", 4, "ALL", 52.00, 1, "pcs", "B", 0.6, "84828000", "",
     [("TW_TPM", 70, {}), ("JP_KLM", 30, {})]),
    ("310030", "Lineaire geleiding 15 mm (set)", "linear motion", "LINEAR", 2, "FWVF", 78.00, 1, "set", "B", 2.1, "84828000", "",
     [("JP_KLM", 100, {})]),
    ("310040", "Kogelomloopspindel 25x10 L=600 met moer", "linear motion", "LINEAR", 1, "TS", 215.00, 1, "pcs", "A", 3.2, "84834030", "",
     [("TW_TPM", 100, {}), ("JP_KLM", 0, {"cand": (90, 6000)})]),
    ("310050", "Tandriemas lineair 80 mm L=1500 met motoraanbouw", "linear motion", "LINEAR", 1, "TS", 1150.00, 1, "pcs", "A", 12.5, "84798997", "",
     [("DE_ATR", 100, {"site": "Mönchengladbach"})]),
    # --- fasteners, priced per 100 ---
    ("320010", "Inbusbout DIN 912 M6x20 A2", "fasteners", "SCREWS", 80, "ALL", 5.80, 100, "pcs", "C", 0.008, "73181562", "",
     [("BE_BCL", 100, {"origin": "DE"})]),
    ("320020", "Inbusbout DIN 912 M8x25 A2", "fasteners", "SCREWS", 60, "ALL", 11.40, 100, "pcs", "C", 0.016, "73181562", "",
     [("BE_BCL", 100, {"origin": "DE"})]),
    ("320030", "Inbusbout DIN 912 M10x30 A4", "fasteners", "SCREWS", 24, "ALL", 28.50, 100, "pcs", "C", 0.03, "73181562", "",
     [("BE_BCL", 100, {"origin": "DE"})]),
    ("320040", "Zeskantbout DIN 933 M12x40 8.8 verzinkt", "fasteners", "BOLTS", 20, "ALL", 9.80, 100, "pcs", "C", 0.05, "73181588", "",
     [("CN_HYF", 60, {}), ("IN_LDF", 40, {})]),
    ("320050", "Zeskantbout DIN 933 M8x30 A2", "fasteners", "BOLTS", 40, "ALL", 8.90, 100, "pcs", "C", 0.02, "73181575", "",
     [("CN_HYF", 80, {}), ("IN_LDF", 20, {})]),
    ("320060", "Zeskantmoer DIN 934 M8 A2", "fasteners", "NUTS", 60, "ALL", 2.85, 100, "pcs", "C", 0.005, "73181630", "",
     [("CN_HYF", 70, {}), ("IN_LDF", 30, {})]),
    ("320070", "Borgmoer DIN 985 M6 A2", "fasteners", "NUTS", 40, "ALL", 3.40, 100, "pcs", "C", 0.003, "73181630", "",
     [("TW_KHF", 100, {})]),
    ("320080", "Sluitring DIN 125 M8 A2", "fasteners", "WASHERS", 120, "ALL", 1.15, 100, "pcs", "C", 0.002, "73182200", "",
     [("DE_BHH", 70, {}), ("BE_BCL", 30, {"origin": "DE"})]),
    ("320090", "Veerring DIN 127 M8 A2", "fasteners", "WASHERS", 40, "ALL", 1.30, 100, "pcs", "C", 0.001, "73182100", "",
     [("DE_BHH", 100, {})]),
    ("320100", "Blindklinkmoer M6 RVS", "fasteners", "NUTS", 30, "ALL", 14.60, 100, "pcs", "C", 0.004, "73181630", "",
     [("TW_KHF", 100, {})]),
    ("320110", "Cilinderpen DIN 6325 6x24 gehard", "fasteners", "PINS", 10, "ALL", 18.50, 100, "pcs", "C", 0.005, "73182400", "",
     [("DE_BHH", 100, {})]),
    ("320120", "Schroefdraadinsert M6 RVS", "fasteners", "INSERTS", 20, "ALL", 24.00, 100, "pcs", "C", 0.001, "73181900", "",
     [("DE_BHH", 100, {})]),
    # --- cables and harnesses ---
    ("330010", "Kabelboom schakelkast hoofdbekabeling", "cables", "HARNESS", 1, "ALL", 420.00, 1, "pcs", "A", 9.5, "85444290", "",
     [("BE_EVM", 60, {}), ("MA_TGC", 40, {})]),
    ("330020", "Kabelboom zegelkop verwarming en sensoren", "cables", "HARNESS", 2, "FWVF", 95.00, 1, "pcs", "A", 1.8, "85444290", "",
     [("MA_TGC", 100, {}), ("TR_EGK", 0, {"cand": (70, 7500)})]),
    ("330030", "Kabelboom zegelstation traysealer", "cables", "HARNESS", 1, "TS", 265.00, 1, "pcs", "A", 5.2, "85444290", "",
     [("PL_ESL", 60, {}), ("DE_KWL", 40, {})]),
    ("330040", "Servokabel vermogen 5 m M23", "cables", "SERVOCABLE", 6, "ALL", 48.00, 1, "pcs", "B", 1.1, "85444290", "",
     [("CN_XMC", 70, {}), ("VN_BNW", 30, {})]),
    ("330050", "Servokabel feedback 5 m", "cables", "SERVOCABLE", 6, "ALL", 36.00, 1, "pcs", "B", 0.5, "85444290", "",
     [("CN_XMC", 70, {}), ("VN_BNW", 30, {})]),
    ("330060", "Sensorkabel M12 5-polig 5 m PUR", "cables", "SENSORCABLE", 24, "ALL", 8.60, 1, "pcs", "C", 0.15, "85444290", "",
     [("CN_XMC", 50, {}), ("TR_EGK", 50, {})]),
    ("330070", "Ethernetkabel M12-RJ45 3 m", "cables", "SENSORCABLE", 6, "ALL", 14.50, 1, "pcs", "C", 0.12, "85444290", "",
     [("VN_BNW", 100, {})]),
    ("330080", "Stuurstroomkabel 7G1 300/500 V (per m)", "cables", "CABLE", 40, "ALL", 2.35, 1, "m", "C", 0.12, "85444995", "",
     [("DE_KWL", 100, {})]),
    ("330090", "Energieketting kunststof 25 mm (per m)", "cables", "CABLE", 3, "ALL", 19.50, 1, "m", "C", 0.4, "39269097", "",
     [("DE_KWL", 100, {})]),
    # --- electrical ---
    ("340010", "Hoofdschakelaar 40 A 3-polig", "electrical", "SWITCHGEAR", 1, "ALL", 78.00, 1, "pcs", "B", 0.6, "85365080", "",
     [("DE_SSL", 100, {})]),
    ("340020", "Installatieautomaat C10 1-polig", "electrical", "SWITCHGEAR", 8, "ALL", 9.40, 1, "pcs", "C", 0.12, "85362010", "",
     [("DE_SSL", 100, {})]),
    ("340030", "Motorbeveiligingsschakelaar 1-1,6 A", "electrical", "SWITCHGEAR", 3, "ALL", 46.00, 1, "pcs", "C", 0.3, "85362010", "",
     [("DE_SSL", 100, {})]),
    ("340040", "Magneetschakelaar 9 A spoel 24 V DC", "electrical", "SWITCHGEAR", 4, "ALL", 32.00, 1, "pcs", "C", 0.35, "85364900", "",
     [("DE_SSL", 100, {})]),
    ("340050", "Veiligheidsrelais 24 V", "electrical", "SAFETY", 2, "ALL", 118.00, 1, "pcs", "B", 0.2, "85364190", "",
     [("DE_SBO", 100, {})]),
    ("340060", "Doorverbindingsklem 2,5 mm² (doos 50)", "electrical", "TERMINALS", 3, "ALL", 42.00, 1, "box", "C", 0.3, "85369010", "",
     [("DE_SSL", 100, {})]),
    ("340070", "Noodstopknop met contactblok", "electrical", "SWITCHGEAR", 3, "ALL", 24.00, 1, "pcs", "B", 0.1, "85365011", "",
     [("DE_SSL", 100, {})]),
    # --- heating ---
    ("350010", "Verwarmingspatroon 230 V 400 W Ø12,5", "heating", "HEAT", 4, "ALL", 38.00, 1, "pcs", "B", 0.15, "85168080", "",
     [("DE_HSD", 60, {}), ("FR_RCL", 40, {})]),
    ("350020", "Verwarmingsplaat zegelgereedschap traysealer", "heating", "HEAT", 1, "TS", 385.00, 1, "pcs", "A", 4.5, "85168080", "",
     [("FR_RCL", 100, {})]),
    # --- injection-moulded plastics (family moulds in the tooling file) ---
    ("360010", "Afdekkap zijkant PA6-GF30", "plastics", "COVERCAPS", 2, "ALL", 14.50, 1, "pcs", "B", 0.35, "39269097", "",
     [("CN_DGP", 80, {}), ("VN_HPP", 20, {}), ("PL_PLB", 0, {"cand": (75, 6500)})]),
    ("360020", "Afdekkap bovenkant PA6-GF30", "plastics", "COVERCAPS", 2, "ALL", 11.20, 1, "pcs", "B", 0.28, "39269097", "",
     [("CN_DGP", 80, {}), ("VN_HPP", 20, {}), ("PL_PLB", 0, {"cand": (75, 6500)})]),
    ("360030", "Handgreep beschermdeur PA met RVS-insert", "plastics", "HANDLE", 4, "ALL", 6.80, 1, "pcs", "C", 0.12, "39269097", "",
     [("PT_PLL", 100, {})]),
    ("360040", "Meenemer invoerketting POM-C", "plastics", "FLIGHTS", 40, "FW", 3.45, 1, "pcs", "B", 0.06, "39269097", "",
     [("CN_DGP", 100, {}), ("PT_PLL", 0, {"cand": (60, 4800)})]),
    ("360050", "Frontrand HMI PC/ABS", "plastics", "HMIBEZEL", 1, "ALL", 42.00, 1, "pcs", "B", 0.6, "39269097", "",
     [("CN_DGP", 100, {})]),
    ("360060", "Filmgeleiderol POM Ø60", "plastics", "ROLLERS", 6, "FWVF", 9.80, 1, "pcs", "C", 0.22, "39269097", "",
     [("VN_HPP", 100, {})]),
    ("360070", "Ventilatierooster schakelkast PC", "plastics", "GRILLE", 2, "ALL", 5.40, 1, "pcs", "C", 0.1, "39269097", "",
     [("CN_DGP", 100, {})]),
    ("360080", "Kartelknop M8 PA met RVS-draad", "plastics", "KNOBS", 12, "ALL", 1.85, 1, "pcs", "C", 0.02, "39269097", "",
     [("PT_PLL", 100, {})]),
    ("360090", "Afdekdop lagerblok PA", "plastics", "KNOBS", 8, "ALL", 0.95, 1, "pcs", "C", 0.01, "39269097", "",
     [("PT_PLL", 100, {})]),
    ("360100", "Productgeleider UHMW-PE gefreesd", "plastics", "GUIDES", 4, "ALL", 24.00, 1, "pcs", "C", 0.8, "39269097", "",
     [("BE_KMS", 100, {})]),
    # --- conveyor belts, chains, rollers ---
    ("370010", "Modulaire kunststof transportband 300 mm (per m)", "conveyor belts", "MODBELT", 3, "FWTS", 96.00, 1, "m", "B", 3.2, "39269097", "",
     [("IT_NTV", 100, {})]),
    ("370020", "PU-transportband voedingskwaliteit 400 mm eindloos", "conveyor belts", "PUBELT", 1, "ALL", 185.00, 1, "pcs", "B", 2.6, "59100000", "",
     [("NL_TBB", 50, {}), ("ES_CTL", 50, {})]),
    ("370030", "PU-transportband afvoer 250 mm eindloos", "conveyor belts", "PUBELT", 1, "ALL", 128.00, 1, "pcs", "B", 1.5, "59100000", "",
     [("NL_TBB", 60, {}), ("ES_CTL", 40, {})]),
    ("370040", "Tandriem AT10 32 mm L=1200 eindloos", "conveyor belts", "TIMINGBELT", 4, "ALL", 42.00, 1, "pcs", "C", 0.4, "40103500", "",
     [("CN_HZB", 60, {}), ("NL_TBB", 40, {})]),
    ("370050", "Vacuümtrekband PU T10 filmtransport", "conveyor belts", "TIMINGBELT", 2, "FWVF", 96.00, 1, "pcs", "B", 0.5, "39269097", "",
     [("CN_HZB", 100, {})]),
    ("370060", "Rollenketting 1/2\" simplex RVS (rol 5 m)", "conveyor belts", "CHAIN", 1, "ALL", 165.00, 1, "roll", "B", 3.6, "73151190", "",
     [("BE_TPS", 100, {"origin": "CN", "site": "Hangzhou"})]),
    ("370070", "Transportbandrol RVS Ø50 gelagerd", "conveyor belts", "ROLLERS", 8, "FWTS", 19.50, 1, "pcs", "C", 0.9, "84313900", "",
     [("TR_GPM", 100, {})]),
    # --- stainless food-contact parts ---
    ("380010", "Vormschouder RVS 316L formaat 1", "food contact", "FORMING", 1, "FWVF", 620.00, 1, "pcs", "A", 6.5, "84229090", "",
     [("BE_IVB", 100, {})]),
    ("380020", "Dwarszegelbek boven RVS verwarmd", "food contact", "JAWS", 1, "FWVF", 540.00, 1, "pcs", "A", 4.2, "84229090", "",
     [("FR_MPN", 100, {})]),
    ("380030", "Dwarszegelbek onder RVS", "food contact", "JAWS", 1, "FWVF", 510.00, 1, "pcs", "A", 4.1, "84229090", "",
     [("FR_MPN", 100, {})]),
    ("380040", "Langszegelwielen (set 3 paar)", "food contact", "JAWS", 1, "FW", 385.00, 1, "set", "A", 2.8, "84229090", "",
     [("CZ_SJI", 100, {})]),
    ("380050", "Gekarteld snijmes 300 mm", "food contact", "KNIFE", 2, "FWVF", 58.00, 1, "pcs", "B", 0.6, "82083000", "",
     [("CN_YJK", 70, {}), ("FR_CIT", 30, {})]),
    ("380060", "Vormset traysealer bovengereedschap", "food contact", "TRAYTOOL", 1, "TS", 1450.00, 1, "set", "A", 18.0, "84229090", "",
     [("BE_IVB", 100, {})]),
    ("380070", "Productgeleiderail RVS 316 (2 m)", "food contact", "GUIDERAIL", 4, "ALL", 46.00, 1, "pcs", "C", 2.2, "73269098", "",
     [("TR_GPM", 60, {}), ("VN_BDM", 40, {})]),
    ("380080", "Doseertrechter RVS verticale vulmachine", "food contact", "HOPPER", 1, "VF", 780.00, 1, "pcs", "A", 9.5, "84229090", "",
     [("BE_IVB", 100, {})]),
    ("380090", "Gasspoellans RVS (MAP)", "food contact", "HOPPER", 2, "TS", 66.00, 1, "pcs", "B", 0.4, "84229090", "",
     [("ES_MNA", 60, {}), ("BE_IVB", 40, {})]),
    # --- seals ---
    ("390010", "O-ring EPDM 40x3 FDA", "seals", "ORINGS", 20, "ALL", 0.42, 1, "pcs", "C", 0.002, "40169300", "",
     [("CN_QDS", 70, {}), ("IT_GPI", 30, {})]),
    ("390020", "O-ring FKM 25x2,5 FDA", "seals", "ORINGS", 12, "ALL", 0.78, 1, "pcs", "C", 0.001, "40169300", "",
     [("IT_GPI", 60, {}), ("CN_QDS", 40, {})]),
    ("390030", "Asafdichting 35x52x7 RVS-veer FDA", "seals", "SHAFTSEALS", 6, "ALL", 6.40, 1, "pcs", "B", 0.02, "40169300", "",
     [("CN_QDS", 70, {}), ("NL_ARM", 30, {"origin": "DE"})]),
    ("390040", "Vacuümkamerdichting siliconenprofiel (per m)", "seals", "VACSEAL", 3, "TS", 14.80, 1, "m", "A", 0.18, "40169300", "",
     [("IT_GPI", 100, {})]),
    ("390050", "Mechanische asafdichting vacuümpomp", "seals", "SHAFTSEALS", 1, "TS", 145.00, 1, "pcs", "B", 0.3, "84842000", "",
     [("NL_ARM", 100, {"origin": "DE"})]),
    ("390060", "PTFE-glasweefselband zelfklevend 0,13 mm (rol 33 m)", "seals", "PTFE", 6, "FWVF", 28.00, 1, "roll", "C", 0.15, "39199080", "",
     [("NL_ARM", 100, {})]),
    # --- raw material ---
    ("400010", "RVS plaat 1.4301 2 mm 2B (kg)", "raw material", "SHEET", 100, "ALL", 3.85, 1, "kg", "B", 1.0, "72193310", "",
     [("NL_RSN", 100, {"origin": "FI", "mode": "barge"})]),
    ("400020", "Aluminium profiel 45x45 (6 m)", "raw material", "PROFILES", 3, "ALL", 31.00, 1, "pcs", "C", 9.9, "76042910", "",
     [("NL_PTW", 100, {})]),
    ("400030", "RVS buis 1.4301 Ø25x1,5 (6 m)", "raw material", "TUBE", 2, "ALL", 48.00, 1, "pcs", "C", 5.2, "73064020", "",
     [("NL_RSN", 100, {"origin": "IT"})]),
    # --- couplings and transmission ---
    ("410010", "Balgkoppeling servo 19/24 mm", "power transmission", "COUPLING", 4, "ALL", 58.00, 1, "pcs", "B", 0.25, "84836080", "",
     [("DE_PGA", 100, {})]),
    ("410020", "Klauwkoppeling 24 mm", "power transmission", "COUPLING", 4, "ALL", 24.00, 1, "pcs", "C", 0.4, "84836080", "",
     [("BE_TDS", 100, {"origin": "DE"})]),
    ("410030", "Spanbus 30 mm", "power transmission", "COUPLING", 6, "ALL", 18.50, 1, "pcs", "C", 0.2, "84839089", "",
     [("BE_TDS", 60, {"origin": "DE"}), ("BE_TPS", 40, {"origin": "CN", "site": "Hangzhou"})]),
    ("410040", "Slipkoppeling snijmes (overbelasting)", "power transmission", "COUPLING", 1, "FWVF", 245.00, 1, "pcs", "A", 1.4, "84836080", "",
     [("DE_PGA", 100, {})]),
]

# Contractual shortage cost per unit, where customer contracts carry penalties (overrides the margin).
SHORTAGE = {"250040": 2500, "280010": 9500, "380060": 7500}

# Stock on hand fixed where the story needs it: the housing covers 35 days of production.
ON_HAND = {"110010": 120, "110020": 260}

# Moulds, dies and patterns: tool_id, supplier, parts, replacement cost, rebuild days, owner, shots remaining.
TOOLS = [
    ("T-110010", "CN_NBC", ["110010", "110020"], 150000, 84, "us", 38000),
    ("T-110030", "CN_SZD", ["110030", "110040"], 128000, 105, "supplier", 42000),
    ("T-110050-CN", "CN_NBC", ["110050"], 28000, 45, "us", 60000),
    ("T-110050-MA", "MA_FAM", ["110050"], 24500, 50, "us", 85000),
    ("T-110060-SZ", "CN_SZD", ["110060"], 46000, 70, "us", 28000),
    ("T-110060-NB", "CN_NBC", ["110060"], 44000, 70, "us", 55000),
    ("T-110070", "CZ_SLM", ["110070", "110080"], 62000, 60, "us", 9500),
    ("T-110090-IN", "IN_PCM", ["110090"], 18500, 45, "supplier", 120000),
    ("T-110090-TR", "TR_BRD", ["110090"], 17800, 45, "supplier", 150000),
    ("T-110100", "CN_SZD", ["110100"], 36000, 75, "supplier", 65000),
    ("T-110110", "PL_OZW", ["110110"], 15500, 40, "us", 22000),
    ("T-360010-CN", "CN_DGP", ["360010", "360020"], 68000, 90, "us", 310000),
    ("T-360010-VN", "VN_HPP", ["360010", "360020"], 72000, 95, "us", 480000),
    ("T-360030", "PT_PLL", ["360030"], 24000, 55, "us", 250000),
    ("T-360040", "CN_DGP", ["360040"], 52000, 80, "us", 180000),
    ("T-360050", "CN_DGP", ["360050"], 58000, 85, "supplier", 95000),
    ("T-360060", "VN_HPP", ["360060"], 31000, 60, "us", 140000),
    ("T-360070", "CN_DGP", ["360070"], 22000, 50, "supplier", 160000),
    ("T-360080", "PT_PLL", ["360080", "360090"], 26500, 45, "us", 420000),
    ("T-390040", "IT_GPI", ["390040"], 15000, 40, "supplier", None),
]

# ---------------------------------------------------------------------------------------------------------------
# Number formatting as Dutch Excel writes it.


def grouped(value, decimals):
    """``#.##0`` (decimals 0) or ``#.##0,00``: dot thousands, decimal comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def plain(value, decimals):
    """``0,00``-style: no grouping."""
    return f"{value:.{decimals}f}".replace(".", ",")


def general(value):
    """Excel's General format: as many decimals as needed, none if whole."""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def price_text(value, per_quantity):
    decimals = 4 if per_quantity > 1 or value < 1 else 2
    return grouped(value, decimals) if value >= 1000 else plain(value, decimals)


def forecast(units):
    """Round a demand the way a planner writes a forecast."""
    if units < 100:
        step = 5
    elif units < 1000:
        step = 10
    elif units < 10000:
        step = 50
    else:
        step = 500
    return max(step, int(round(units / step)) * step)


def nice_round(value):
    if value < 20:
        return int(round(value))
    if value < 200:
        return int(round(value / 5)) * 5
    if value < 2000:
        return int(round(value / 10)) * 10
    if value < 20000:
        return int(round(value / 100)) * 100
    return int(round(value / 1000)) * 1000


# ---------------------------------------------------------------------------------------------------------------


def build():
    suppliers = {row[0]: row for row in SUPPLIERS}
    used = set()
    parts_rows, sourcing_rows = [], []
    summary = []
    info_record = 5300011000

    for (pid, desc, cat, fam, qty, models, ref_price, per_qty, uom, crit, weight, hs, dual, sources) in PARTS:
        assert abs(sum(s[1] for s in sources) - 100) < 1e-9, pid
        build_units = qty * MODELS[models]
        demand = forecast(build_units * (1 + SPARES[cat]))
        weekly = demand / 52
        cv = rng.uniform(0.25, 0.55) * (1.4 if qty < 1 else 1.0)
        sd = max(cv * weekly, 0.8 * math.sqrt(weekly))
        sd_value = round(sd, 1) if sd < 10 else round(sd)

        links = []
        for key, share, opts in sources:
            s = suppliers[key]
            used.add(key)
            country = s[3]
            origin = opts.get("origin", country)
            mode = opts.get("mode")
            if mode is None:
                if origin in ASIA:
                    mode = "sea"
                elif origin == "TR":
                    mode = "short_sea" if key in ("TR_BRD", "TR_GPM") else "road"
                elif origin == "MA":
                    mode = "road" if key == "MA_TGC" else "short_sea"
                else:
                    mode = "road"
            lo, hi = PRODUCTION[cat]
            if mode == "sea":
                transit = rng.randint(*SEA_TRANSIT[origin])
                lead = transit + rng.randint(lo, hi)
                lead = min(max(lead, 50 + rng.randint(0, 4)), 75 - rng.randint(0, 3))
                lead_sd = round(rng.uniform(5, 10) * 2) / 2
            elif mode == "air":
                transit = rng.randint(3, 6)
                lead = transit + rng.randint(lo, hi) + (10 if origin == "US" else 0)
                lead_sd = round(rng.uniform(2, 4) * 2) / 2
            elif mode == "rail":
                transit = rng.randint(18, 22)
                lead = transit + rng.randint(lo, hi)
                lead_sd = round(rng.uniform(3, 6) * 2) / 2
            elif origin == "TR":
                transit = rng.randint(9, 12) if mode == "short_sea" else rng.randint(6, 8)
                lead = transit + rng.randint(12, 22)
                lead_sd = round(rng.uniform(2, 4) * 2) / 2
            elif origin == "MA":
                transit = rng.randint(5, 7) if mode == "short_sea" else rng.randint(4, 5)
                lead = transit + rng.randint(12, 20)
                lead_sd = round(rng.uniform(2, 4) * 2) / 2
            elif origin == "US":
                transit = rng.randint(14, 18)
                lead = transit + rng.randint(lo, hi)
                lead_sd = 4.0
            else:  # Europe by road or barge
                transit = rng.randint(*ROAD_TRANSIT.get(origin, (2, 3)))
                if mode == "barge":
                    transit = 3
                if cat in ENGINEERED or (key == "DE_SFR"):
                    lead = transit + rng.randint(20, 33)
                elif key in ("BE_BCL", "BE_TDS", "DE_BHH", "DE_SSL", "NL_ARM", "NL_PTW", "NL_RSN"):
                    lead = transit + rng.randint(4, 9)  # distributors and stockholders deliver from stock
                else:
                    lead = transit + rng.randint(max(4, lo - 10), min(19, hi - 4))
                    lead = min(lead, 20)
                lead_sd = round(rng.uniform(1, 3) * 2) / 2
            lead = max(lead, transit + 1)

            # price
            index = PRICE_INDEX[origin] * MARKUP.get(key, 1.0)
            price = ref_price * index * rng.uniform(0.97, 1.03)
            price = round(price, 4 if per_qty > 1 or price < 1 else 2)

            # qualification, capacity, recovery
            candidate = "cand" in opts
            planned = demand * share / 100
            if candidate:
                capacity = nice_round(demand * rng.uniform(1.0, 1.3))
            elif opts.get("nocap") or rng.random() < 0.22:
                capacity = None
            else:
                capacity = nice_round(planned * rng.uniform(1.2, 2.5))
            region = 1.15 if origin in ASIA else 0.9 if origin in ("TR", "MA", "US") else 0.6 if country == "BE" and origin == "BE" else 0.8
            recovery = opts.get("rec") or int(round(RECOVERY[cat] * region * rng.uniform(0.85, 1.15)))
            if key == "BE_TPS":
                recovery = int(round(RECOVERY[cat] * 1.15 * rng.uniform(0.9, 1.1)))
            ramp = max(7, int(round(recovery * rng.uniform(0.2, 0.4))))

            port = s[9]
            if key == "BE_TPS":
                port = {"Ningbo": "Ningbo", "Wuxi": "Shanghai", "Hangzhou": "Ningbo"}[opts["site"]]
            elif opts.get("site") == "Kunshan":
                port = "Shanghai"
            elif opts.get("site") == "Bac Ninh":
                port = "Hai Phong"
            elif opts.get("site") and mode == "road":
                port = opts["site"]
            if mode == "sea":
                if key == "BE_TPS":
                    incoterm = "DAP Izegem"
                elif country in ("JP", "KR"):
                    incoterm = "CIF Antwerpen"
                else:
                    incoterm = f"FOB {port}"
            elif mode == "air":
                incoterm = "FCA Taipei (TPE)" if origin == "TW" else f"FCA {port}"
            elif mode == "rail":
                incoterm = "FCA Suzhou rail terminal"
            elif key in ("BE_BCL", "BE_TDS", "DE_BHH"):
                incoterm = "DDP Izegem"
            elif country in ("TR", "MA") or origin in ("CZ", "PL", "HU") and rng.random() < 0.3:
                incoterm = f"FCA {port}"
            else:
                incoterm = "DAP Izegem"

            links.append(dict(
                part_id=pid, supplier_id=s[1], share=f"{share}%", price=price, per_qty=per_qty,
                lead=lead, lead_sd=lead_sd, transit=transit,
                origin=origin if origin != country else "", site=opts.get("site", ""),
                capacity=capacity, mode=mode, incoterm=incoterm, qualified=not candidate,
                recovery=recovery, ramp=ramp,
                qual_days=opts["cand"][0] if candidate else None,
                qual_cost=opts["cand"][1] if candidate else None,
                pay=s[10], info=info_record, key=key, origin_code=origin, share_num=share,
            ))
            info_record += 10

        # stock: weeks of cover depending on where the main source sits and the criticality
        main = max(links, key=lambda l: l["share_num"])
        far = main["origin_code"] in ASIA or main["key"] == "BE_TPS"
        weeks = rng.uniform(4, 9) if far else rng.uniform(1.5, 4.5)
        if crit == "C":
            weeks *= 2
        on_hand = ON_HAND.get(pid, nice_round(weekly * weeks))

        # margin lost per unit short
        unit_price = ref_price / per_qty
        per_machine = max(qty, 1)
        if crit == "A":
            margin = MACHINE_MARGIN[models] * rng.uniform(0.9, 1.1) / per_machine
            margin = max(margin, unit_price * 1.5)
        elif crit == "B":
            margin = max(unit_price * rng.uniform(1.6, 2.4), 450 * rng.uniform(0.8, 1.2) / per_machine)
        else:
            margin = unit_price * rng.uniform(0.8, 1.6) + (0.02 if unit_price < 1 else 0.5)
        margin = nice_round(margin) if margin >= 200 else round(margin, 2)

        drawing = f"LP-{pid[:3]}-{pid[3:]} rev. {'ABCDE'[rng.randrange(5)]}" if cat in MADE_TO_PRINT else ""
        parts_rows.append([
            pid, desc, cat, fam, grouped(demand, 0), general(sd_value), uom, crit,
            grouped(margin, 2), grouped(SHORTAGE[pid], 2) if pid in SHORTAGE else "", grouped(on_hand, 0),
            dual, f"{hs[:4]}.{hs[4:6]}.{hs[6:]}", general(weight), BUYER[cat], drawing,
        ])
        for l in links:
            sourcing_rows.append([
                l["part_id"], l["supplier_id"], l["share"], price_text(l["price"], l["per_qty"]),
                str(l["per_qty"]), str(l["lead"]), general(l["lead_sd"]), str(l["transit"]), l["origin"], l["site"],
                grouped(l["capacity"], 0) if l["capacity"] is not None else "", l["mode"], l["incoterm"],
                "WAAR" if l["qualified"] else "ONWAAR", str(l["recovery"]), str(l["ramp"]),
                str(l["qual_days"]) if l["qual_days"] is not None else "",
                grouped(l["qual_cost"], 2) if l["qual_cost"] is not None else "", str(l["pay"]), str(l["info"]),
            ])
        summary.append((pid, crit, demand, links, unit_price))

    unused = [k for k in suppliers if k not in used]
    assert not unused, f"suppliers without a link: {unused}"
    supplier_rows = [[s[1], s[2], s[3], s[4], s[5], grouped(s[6], 0) if s[6] else "", str(s[7]), s[8]]
                     for s in SUPPLIERS]
    supplier_rows.sort(key=lambda r: r[0])

    tooling_rows = []
    for tool_id, key, parts, cost, days, owner, shots in TOOLS:
        for pid in parts:
            assert any(l["key"] == key for p in summary if p[0] == pid for l in p[3]), (tool_id, pid)
            tooling_rows.append([tool_id, pid, suppliers[key][1], grouped(cost, 2), str(days), owner,
                                 grouped(shots, 0) if shots is not None else ""])
    return parts_rows, supplier_rows, sourcing_rows, tooling_rows, summary, suppliers


HEADERS = {
    "parts": ["part_id", "description", "category", "part_family", "annual_demand_units", "weekly_demand_sd_units",
              "uom", "criticality", "margin_eur_per_unit", "shortage_cost_eur_per_unit", "on_hand_units",
              "dual_use_code", "hs_code", "weight_kg", "buyer", "drawing"],
    "suppliers": ["supplier_id", "name", "country", "city", "parent_group", "capacity_units_per_year",
                  "supplier_since", "rating"],
    "sourcing": ["part_id", "supplier_id", "share", "unit_price_eur", "price_per_quantity", "lead_time_days",
                 "lead_time_sd_days", "transit_days", "origin_country", "site", "capacity_units_per_year",
                 "transport_mode", "incoterm", "qualified", "recovery_days", "ramp_up_days", "qualification_days",
                 "qualification_cost_eur", "payment_terms_days", "info_record"],
    "tooling": ["tool_id", "part_id", "supplier_id", "replacement_cost_eur", "rebuild_days", "owner",
                "life_remaining_shots"],
    "products": ["product_id", "name", "dual_use_code", "hs_code", "product_line"],
    "bom": ["product_id", "part_id", "quantity"],
    "customers": ["customer_id", "name", "country", "end_use", "account_manager"],
}


def write(name, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(HEADERS[name])
    writer.writerows(rows)
    (OUT / f"{name}.csv").write_bytes(b"\xef\xbb\xbf" + buffer.getvalue().encode("utf-8"))


# Zones of the reference data (shared/reference/countries.csv, proposed_zone), for the summary only.
ZONE = {"CN": "CN_SPHERE", "TW": "INDO_PACIFIC_PARTNER", "JP": "INDO_PACIFIC_PARTNER", "KR": "INDO_PACIFIC_PARTNER",
        "VN": "ASEAN", "IN": "SOUTH_ASIA", "TR": "EU_NEIGHBOURHOOD", "MA": "MENA", "US": "NORTH_AMERICA_ALLY",
        "GB": "EUROPE_PARTNER", "CH": "EUROPE_PARTNER"}


def report(summary, suppliers):
    spend = 0.0
    kinds = {}
    for pid, crit, demand, links, _ in summary:
        active = [l for l in links if l["share_num"] > 0]
        spend += sum(demand * l["share_num"] / 100 * l["price"] / l["per_qty"] for l in active)
        if len(active) == 1:
            kind = "single"
        else:
            a, b = (l["origin_code"] for l in active)
            za, zb = ZONE.get(a, "EU_SINGLE_MARKET"), ZONE.get(b, "EU_SINGLE_MARKET")
            if {a, b} == {"CN", "TW"}:
                kind = "CN+TW"
            elif a == b:
                kind = "same country"
            elif za == zb:
                kind = "same zone (other)"
            else:
                kind = "across zones"
        kinds.setdefault(kind, []).append(pid)
    n = len(summary)
    print(f"{n} parts, {len(SUPPLIERS)} suppliers in {len({s[3] for s in SUPPLIERS})} countries, "
          f"{sum(len(p[3]) for p in summary)} links, {len(TOOLS)} tools; spend EUR {spend:,.0f}")
    for kind in ("single", "same country", "CN+TW", "same zone (other)", "across zones"):
        pids = kinds.get(kind, [])
        print(f"  {kind:18} {len(pids):3} ({100 * len(pids) / n:4.1f} %)")


# ---------------------------------------------------------------------------------------------------------------
# What Leiepack sells and to whom (the optional sheets products, bom and customers), for export control.
# The three machines' bills of materials follow from PARTS (quantity per machine, models that use it); parts used
# on a fraction of the machines (qty < 1) are options and left out of the base machine. Two variants and two
# separately sold items carry a dual-use component; the laser-marking station, whose principal element is the
# 6A005.b laser (General Note 2 to Annex I), carries that code itself. Codes illustrative, as for the parts.

# (product_id, name, dual_use_code, hs_code, product_line, model whose BOM it takes or None, extra lines)
PRODUCTS = [
    ("M-FW", "Horizontale flowpacker FW", "", "8422.40.00", "flowpack", "FW", []),
    ("M-FW-V", "Horizontale flowpacker FW met visie-etiketcontrole", "", "8422.40.00", "flowpack", "FW",
     [("250040", 1)]),
    ("M-TS", "Traysealer TS", "", "8422.40.00", "traysealer", "TS", []),
    ("M-VF", "Verticale vul- en sluitmachine VF", "", "8422.40.00", "vffs", "VF", []),
    ("C-MC8", "Besturingskast bewegingsbesturing 8-assig (retrofit)", "", "8537.10.91", "retrofit", None,
     [("130050", 1), ("330010", 1), ("340010", 1), ("240010", 1), ("240020", 1), ("240060", 1), ("240070", 2),
      ("250050", 1), ("250070", 1), ("260040", 1), ("340020", 6), ("340040", 4), ("330080", 35.5)]),
    ("S-LM50", "Lasermarkeerstation LM-50", "6A005.b", "8543.70.90", "coding",
     None, [("280010", 1), ("130090", 1), ("240010", 1), ("260010", 1), ("330060", 4), ("250050", 1)]),
]

# Fictitious customers in the countries Leiepack ships to; RU is an embargoed destination, kept as an example.
CUSTOMERS = [
    ("K-1001", "Zuivelcoöperatie Leiedal CV", "BE", "packaging of cheese and butter", "Lien"),
    ("K-1002", "Backwaren Schneider GmbH", "DE", "flow-wrapping of biscuits", "Pieter"),
    ("K-1003", "Great Lakes Snack Foods Inc.", "US", "packaging of snack bars", "Pieter"),
    ("K-1004", "Qingdao Haiyu Seafood Co., Ltd.", "CN", "tray sealing of fresh seafood under modified atmosphere",
     "Wei"),
    ("K-1005", "Anadolu Kuru Meyve Gıda A.Ş.", "TR", "packaging of dried fruit and nuts", "Lien"),
    ("K-1006", "Gulf Fresh Kitchens LLC", "AE", "tray sealing of ready meals for airline catering", "Wei"),
    ("K-1007", "OOO Volga Pack", "RU", "packaging of confectionery", "Pieter"),
]


def product_rows():
    products, bom = [], []
    for pid, name, dual, hs, line, model, extra in PRODUCTS:
        products.append([pid, name, dual, hs, line])
        lines = {}
        if model:
            for part in PARTS:
                part_id, qty, models = part[0], part[4], part[5]
                if qty >= 1 and (models == "ALL" or model in models):
                    lines[part_id] = qty
        lines.update(dict(extra))
        bom.extend([pid, part_id, general(qty)] for part_id, qty in sorted(lines.items()))
    return products, bom


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    parts_rows, supplier_rows, sourcing_rows, tooling_rows, summary, suppliers = build()
    write("parts", parts_rows)
    write("suppliers", supplier_rows)
    write("sourcing", sourcing_rows)
    write("tooling", tooling_rows)
    products, bom = product_rows()
    write("products", products)
    write("bom", bom)
    write("customers", [list(c) for c in CUSTOMERS])
    report(summary, suppliers)
    print(f"{len(products)} products, {len(bom)} BOM lines, {len(CUSTOMERS)} customers")


if __name__ == "__main__":
    main()
