/**
 * Independent test corpus for parseMeals.
 *
 * Every expectation below was worked out by hand from USDA SR28 (the reference copy in
 * /work/shared/reference: usda-sr28-minerals.csv for the food ids, usda-sr28-portions.csv for the
 * household measures), not from the parser or its lexicon. Comments give the SR28 measure used.
 *
 * Rules for the gram ranges:
 *  - an amount the person states exactly (g, oz, fl oz, ml, a cup of a food whose cup SR28 gives): +/-10 %
 *    around the SR28 weight (when acceptable foods differ in cup weight, the band spans them);
 *  - an unstated portion: a range a dietitian would accept ("a" = the medium / standard unit).
 *
 * Matching: each Expect must be met by its own entry (or, for a dish, its own group of entries sharing a
 * recipe name), and no entry may be left over: a leftover entry is a food the person did not say.
 */
import { describe, expect, it } from "vitest";
import { parseMeals } from "./meals";

type Meal = "breakfast" | "lunch" | "dinner" | "snacks";

// The shape parseMeals is meant to return. Read through this local type so the file typechecks against a
// parser that does not (yet) return every field.
type Entry = {
  text: string;
  foodId: string;
  name: string;
  amount: number;
  portion: string | null;
  grams: number;
  meal: Meal | null;
  recipe: string | null;
  confidence: "high" | "low";
  alternatives: Array<{ foodId: string; name: string }>;
  note: string | null;
};
type Parsed = { entries: Entry[]; unmatched: string[] };

type Expect =
  | { ids: string[]; grams: [number, number]; meal?: Meal | null }
  | { dish: RegExp; grams: [number, number]; meal?: Meal | null }
  | { unmatchedOrLow: RegExp };

type Case = { text: string; expect: Expect[]; who: string };

const parse = (text: string): Parsed => parseMeals(text) as unknown as Parsed;

// ---------------------------------------------------------------------------------------------------------
// Acceptable SR28 foods, by what a person means. Each list was read off usda-sr28-minerals.csv by hand.
// ---------------------------------------------------------------------------------------------------------

// Fluid cow's milk. Cup = 244 g (01077, 01079, 01082), 245 g (01085 skim), 246 g (protein fortified).
const WHOLE_MILK = ["01077", "01211", "01078"];
const MILK_2 = ["01079", "01080", "01081", "01152", "01174"];
const MILK_1 = ["01082", "01083", "01084"];
const SKIM = ["01085", "01086", "01087", "01151"];
const MILK = [...WHOLE_MILK, ...MILK_2, ...MILK_1, ...SKIM];
// Yogurt, unflavoured and flavoured (not frozen, not chocolate). Containers 150 g (Greek 5.3 oz), 170 g (6 oz),
// 200 g (Greek 7 oz), 227 g (8 oz); cup 245 g.
const PLAIN_YOGURT = ["01116", "01117", "01118"];
const GREEK_PLAIN = ["01256", "01287", "01293"];
const YOGURT = [
  ...PLAIN_YOGURT, ...GREEK_PLAIN,
  "01119", "01120", "01121", "01122", "01184", "01203", "01216", "01217", "01218", "01219", "01220", "01221",
  "01231", "01275", "01276", "01278", "01280", "01281", "01284", "01285", "01286", "01294", "01295", "01297",
  "43261",
];
const CHEDDAR = ["01009", "01260", "01265", "01270"]; // 1 oz = 28.35 g; slice (1 oz) = 28 g
const SWISS = ["01040", "43589", "43405", "01266"]; // 1 slice (1 oz) = 28 g
const FETA = ["01019"]; // 1 oz = 28.35 g
const PARMESAN = ["01032", "01204", "01146", "43340", "01033"]; // grated 1 tbsp = 5 g
const COTTAGE = ["01012", "01014", "01015", "01016", "42235", "43352"]; // 1/2 cup 105-113 g (4 oz = 113)
const CREAM_CHEESE = ["01017", "43274", "01186"]; // 1 tbsp 14.5-18 g
const BUTTER = ["01001", "01145", "01002"]; // pat 5 g, tbsp 14.2 g
const EGG_RAW = ["01123"]; // large 50 g
const EGG_SCRAMBLED = ["01132"]; // 1 large scrambled = 61 g
const EGG_BOILED = ["01129"]; // 1 large = 50 g
const EGG_FRIED = ["01128"]; // 1 large = 46 g
const EGG_POACHED = ["01131"]; // 1 large = 50 g

// Fruit
const BANANA = ["09040"]; // small 101, medium 118, large 136 g
const APPLE = ["09003", "09004", "09500", "09501", "09502", "09503", "09504"]; // medium 161-212 g, large 200-260 g
const ORANGE = ["09200", "09201", "09202", "09203"]; // 1 fruit 121-151 g
const OJ = ["09206", "09207", "09209", "09210", "09211", "09212", "09215", "09506"]; // cup 248-249 g
const APPLE_JUICE = ["09016"]; // cup 248 g
const GRAPES = ["09132"]; // cup 151 g
const BLUEBERRIES = ["09050"]; // cup 148 g
const STRAWBERRIES = ["09316"]; // cup whole 144, halves 152, sliced 166 g
const RAISINS = ["09298", "09297"]; // small box (1.5 oz) 43 g; cup (not packed) 145 g
const MEDJOOL = ["09421"]; // 1 date 24 g
const AVOCADO = ["09037", "09038", "09039"]; // whole 201 g (09037), 136 g (California)
const MANGO = ["09176"]; // 1 fruit without refuse 336 g
const PEAR = ["09252", "09412", "09413", "09414", "09415"]; // medium 157-202 g
const KIWI = ["09148", "09520"]; // 1 fruit 69-81 g
const WATERMELON = ["09326"]; // cup diced 152 g
const PEACH = ["09236"]; // medium 150 g
const CANTALOUPE = ["09181"]; // cup balls 177 g, cubes 160 g
const GRAPEFRUIT = ["09111", "09112", "09113", "09114", "09116", "09117", "09118"]; // 1/2 fruit 123 g

// Vegetables
const BROCCOLI_RAW = ["11090"]; // cup chopped 91 g
const BROCCOLI_COOKED = ["11091", "11742"]; // 1/2 cup chopped 78 g -> cup 156 g
const SPINACH_RAW = ["11457"]; // cup 30 g
const SPINACH_COOKED = ["11458", "11854"]; // cup 180 g
// "Mixed salad greens": SR28 has no mix; a dietitian enters a lettuce, spinach or arugula.
// Cup: green leaf 36, red leaf 28, romaine 47, butterhead 55, iceberg 57-72, spinach 30, arugula 20, radicchio 40.
const SALAD_GREENS = ["11250", "11251", "11252", "11253", "11257", "11457", "11959", "11213", "11952", "11591", "11190"];
const BAKED_POTATO = ["11674", "11828", "11363", "11829"]; // small 138, medium 173, large 299 g (flesh only 156)
const BOILED_POTATO = ["11365", "11367", "11831", "11833"]; // medium 167 g, 1/2 cup 78 g
const MASHED_POTATO = ["11371", "11657", "11934", "11379", "11381", "11383", "11929", "11930", "31036"]; // cup 210 g
const SWEET_POTATO = ["11508", "11875", "11510", "11876"]; // baked medium 114 g; boiled medium 151 g
const CARROT_RAW = ["11124"]; // medium 61 g
const BABY_CARROTS = ["11960", "11124"]; // baby carrot medium 10 g
const CARROTS = ["11124", "11125", "11757", "11960"]; // cooked 1/2 cup slices 78 g
const GREEN_BEANS_COOKED = ["11053", "11723"]; // cup 125 g
const CORN_COB = ["11168", "11770"]; // medium ear 103 g
const PEAS = ["11305", "11313", "11811", "11814"]; // cooked: cup 160 g, 1/2 cup frozen 80 g
const TOMATO = ["11529"]; // medium 123 g
const CUCUMBER = ["11205", "11206"]; // with peel: 1 cucumber (8-1/4") 301 g; peeled: small 158, medium 201 g
const OKRA_COOKED = ["11279", "11803"]; // 1/2 cup 80 g
const MUSHROOMS = ["11260"]; // cup sliced 70 g
const ONION = ["11282"]; // cup chopped 160 g
const BOK_CHOY_COOKED = ["11117", "11754"]; // cup shredded 170 g
const KIMCHI = ["11118"]; // cup 150 g
const PLANTAIN_COOKED = ["09446", "09447", "09278"]; // fried cup 118 / 169 g; cooked slices cup 154 g
const YAM_COOKED = ["11602", "11897"]; // cup cubes 136 g
const CELERY = ["11143"]; // medium stalk 40 g

// Grains (cooked unless said otherwise)
const WHITE_RICE_COOKED = [
  "20045", "20047", "20049", "20051", "20053", "20055", "20058", "20345", "20445", "20447", "20451", "20453", "20545",
]; // cup 158 g (long-grain), 186 g (medium/short), 165 g (instant)
const WHITE_RICE_RAW = ["20044", "20046", "20048", "20050", "20052", "20054", "20444", "20446", "20450", "20452"]; // cup 185-200 g (instant dry 95 g)
const BROWN_RICE_COOKED = ["20037", "20041"]; // cup 202 / 195 g
const RICE_COOKED = [...WHITE_RICE_COOKED, ...BROWN_RICE_COOKED];
const QUINOA_COOKED = ["20137"]; // cup 185 g
const PASTA_COOKED = ["20121", "20321", "20421", "20521", "20125", "20136", "20652"]; // cup 105-151 g by shape
const WW_PASTA_COOKED = ["20125", "20136", "20652"]; // spaghetti cup 116-151 g
const OATMEAL_COOKED = ["08121", "08123", "08180"]; // cup 234 g
const OATS_DRY = ["08120", "08402", "08451", "08122", "08640"]; // cup 81 g; QUAKER 1/2 cup 40 g
const COUSCOUS_COOKED = ["20029"]; // cup 157 g
const SOBA_COOKED = ["20115"]; // cup 114 g
const WHITE_BREAD = ["18069", "18070", "18416", "18432", "18967"]; // slice 25-29 g, toasted 22 g
const WW_BREAD = ["18075", "18076", "18077", "18078", "28397", "18036"]; // slice 32 g, toasted 25 g
const BREAD = [...WHITE_BREAD, ...WW_BREAD, "18064", "18065"]; // "toast": any everyday sliced loaf
const BAGEL = ["18001", "18002", "18406", "18407", "18408"]; // 1 bagel 99 g, medium 105 g
const CROISSANT = ["18239"]; // medium 57 g
const ENGLISH_MUFFIN = ["18258", "18259", "18264", "18265", "18266", "18267", "18437", "18438", "18439", "28320"]; // 52-66 g
const FLOUR_TORTILLA = ["18364", "18450", "18970"]; // 1 tortilla 48-49 g (6" 30 g, 10" 72 g)
const CORN_TORTILLA = ["18363", "18449"]; // 1 tortilla 24-26 g
const PITA = ["18041", "18042", "18413"]; // large 60-64 g
const ROTI = ["28285", "28306"]; // 1 piece 43 / 68 g
const NAAN = ["28307", "28287"]; // 1 piece 90 / 106 g
const CHEERIOS = ["08013"]; // cup 28 g
const GRANOLA = ["08037", "08054", "08218", "08189", "08220", "08277", "08284", "08587", "08627"]; // 1/2 cup 48-61 g
const CRACKERS = ["18228", "18229", "18235", "18425", "18426", "18427", "18429", "18457", "18949", "18966"]; // 3-6 g each
const PANCAKES = ["18288", "18290", "18292", "18293", "18390", "18936", "28305"]; // 4" pancake 38 g; frozen 3 = 105-144 g
const ROLL_WW = ["18348", "18347", "18342"]; // dinner roll 1 oz = 28 g

// Meat, fish, eggs, pulses, nuts
const CHICKEN_BREAST = [
  "05058", "05059", "05060", "05061", "05063", "05064", "05065", "05342", "05348", "05746", "05747", "05748", "05749",
]; // cooked; 1/2 breast 86-145 g, 1 piece (boneless) 181-196 g
const CHICKEN_THIGH = [
  "05092", "05093", "05094", "05095", "05097", "05098", "05099", "05334", "05345", "05351", "05361", "05672", "05677",
]; // cooked; 1 thigh 52-137 g (roasted without skin 116 g)
const CHICKEN_DRUMSTICK = [
  "05067", "05068", "05069", "05070", "05072", "05073", "05074", "05319", "05343", "05349", "05359", "05671", "05676",
]; // cooked; roasted drumstick 96-105 g, stewed 46-57 g
const CHICKEN = [
  ...CHICKEN_BREAST, ...CHICKEN_THIGH, ...CHICKEN_DRUMSTICK,
  "05007", "05008", "05009", "05010", "05012", "05013", "05014", "05030", "05031", "05032", "05033", "05040", "05041",
  "05042", "05035", "05036", "05037", "05038", "05044", "05045", "05046", "05076", "05077", "05078", "05079", "05081",
  "05082", "05083",
]; // any cooked chicken meat (breast, thigh, drumstick, leg, light or dark meat)
const PORK_CHOP = [
  "10029", "10030", "10033", "10034", "10037", "10038", "10041", "10042", "10045", "10046", "10049", "10050",
  "10053", "10054", "10057", "10058", "10063", "10064", "10067", "10068", "10120", "10163", "10176", "10177",
  "10178", "10179", "10180", "10181", "10186", "10189", "10195", "10196", "10197", "10200", "10201", "10202",
  "10211", "10212", "10215", "10216", "10858", "10859", "10947", "10950", "10984",
]; // cooked loin chops; 1 chop 82-219 g, most 135-200 g
const EYE_ROUND = [
  "13415", "13416", "13417", "13418", "13419", "13420", "13878", "13880", "13882", "23351", "23352", "23353",
  "23381", "23382", "23383", "23591", "23598", "23620",
]; // cooked; 3 oz = 85 g
const GROUND_BEEF = [
  "13317", "13494", "13495", "13496", "13497", "23220", "23473", "23474", "23475", "23476", "23478", "23479",
  "23480", "23481", "23558", "23559", "23560", "23561", "23563", "23564", "23565", "23566", "23568", "23569",
  "23570", "23571", "23573", "23574", "23575", "23576", "23578", "23579", "23580", "23581",
]; // cooked
const SIRLOIN = [
  "13451", "13452", "13453", "13454", "13455", "13456", "13930", "13932", "13933", "13935", "13953", "13955",
  "13957", "23588", "23610", "23629", "23647", "23649",
]; // cooked sirloin steak; 3 oz = 85 g
const LAMB = [
  "17002", "17004", "17008", "17010", "17012", "17014", "17016", "17018", "17020", "17022", "17024", "17025",
  "17027", "17028", "17030", "17031", "17033", "17034", "17036", "17037", "17038", "17040", "17041", "17042",
  "17044", "17045", "17046", "17048", "17049", "17050", "17052", "17053", "17054", "17056", "17057", "17058",
  "17060", "17061", "17063", "17065", "17069", "17071", "17073", "17075", "17077", "17079", "17081", "17083",
  "17085", "17087", "17227", "17229", "17231", "17233", "17235", "17237", "17238", "17240", "17241", "17243",
  "17244", "17245", "17247", "17248", "17249", "17251", "17252", "17253", "17255", "17257", "17259", "17261",
  "17263", "17265", "17281", "17283", "17287", "17289", "17291", "17293", "17295", "17297", "17299", "17301",
  "17303", "17305", "17307", "17309", "17311", "17313", "17315", "17317", "17319", "17321", "17323", "17325",
  "17327", "17329", "17357", "17359", "17361", "17364", "17365", "17368", "17370", "17372", "17374", "17378",
  "17380", "17382", "17384", "17386", "17388", "17390", "17393", "17394", "17396", "17398", "17399", "17400",
  "17401", "17403", "17405", "17406", "17407", "17409", "17411", "17413", "17415", "17417", "17418", "17419",
  "17421", "17439", "17440", "17442", "17445", "17447", "17448", "17453", "17455", "17457", "17459", "17461",
  "17462", "17463", "17464",
]; // cooked lamb lean cuts (no separable fat, no offal); 3 oz = 85 g
const TURKEY_ROAST = [
  "05168", "05166", "05182", "05186", "05192", "05220", "05293", "05697", "05703", "05709", "05711", "05718", "05733",
]; // roasted turkey breast / light meat; 3 oz = 85 g
const TURKEY_DELI = ["07046", "07081", "07944"]; // sliced turkey breast: slice 15 g (07081) or 28 g (07046)
const HAM = ["07028", "07029"]; // slice 23-28 g
const BACON = ["10860", "10861", "10862", "43378"]; // cooked slice 8-11.5 g
const SAUSAGE = ["07064", "07953", "07967", "07919", "42190"]; // link 21-28 g
const SALMON = ["15082", "15086", "15209", "15210", "15211", "15212", "15237", "15239", "15247"]; // cooked; 1/2 fillet 124-178 g
const TUNA_CANNED = ["15119", "15121", "15124", "15126", "15183", "15184", "15185", "15186"]; // 1 can drained 165-178 g
const COD = ["15016", "15192", "15269"]; // cooked; fillet 180 g (Atlantic), 90 g (Pacific)
const SHRIMP = ["15151", "15271", "15150"]; // cooked; 3 oz = 85 g
const SARDINES = ["15088"]; // 1 can (3.75 oz) = 92 g
const TOFU_FIRM = ["16126", "16159", "16160", "16426"];
const BLACK_BEANS = ["16015", "16315", "16316"]; // cooked cup 172 g
const LENTILS = ["16070", "16370"]; // cooked cup 198 g
const CHICKPEAS = ["16057", "16357", "16358", "16359"]; // cooked cup 164 g; canned drained cup 152 g
const BLACK_EYED_PEAS = ["16063", "16363"]; // cooked cup 171 g
const REFRIED_BEANS = ["16103", "16171", "16172", "16403"]; // cup 231-242 g
const KIDNEY_BEANS = ["16028", "16033", "16328", "16333", "16031", "16036", "16331", "16336", "16335"]; // cooked cup 177 g
const PINTO_BEANS = ["16043", "16343", "16345"]; // cooked cup 171 g
const BAKED_BEANS = ["16005", "16006", "16009", "16010", "16011", "43449"]; // cup 246-254 g
const EDAMAME = ["11212"]; // cup 155 g
const HUMMUS = ["16137", "16158"]; // tbsp 15 g
const FALAFEL = ["16138"]; // patty 17 g
const PEANUT_BUTTER = ["16097", "16098", "16150", "16155", "16156", "16167", "16397", "16398", "16399"]; // 2 tbsp 32 g
const ALMONDS = ["12061", "12062", "12063", "12065", "12563", "12565", "12665"]; // 1 oz = 28.35 g
const WALNUTS = ["12155", "12154", "12157"]; // 1 oz = 28.35 g
const MIXED_NUTS = ["12135", "12137", "12138", "12635", "12637", "12638", "12737", "12738"]; // 1 oz

// Drinks
const COFFEE = ["14209", "14201", "14180"]; // cup (8 fl oz) 237 g; mug 300-350 g
const ESPRESSO = ["14210", "14202"]; // 1 fl oz = 29.6 g
const TEA = ["14355", "14352", "14544", "14278", "14260", "14381", "14545"]; // cup 237 g
const GREEN_TEA = ["14278", "14260"];
const COLA = ["14148", "14400", "14147"]; // can 12 fl oz 368-370 g
const DIET_COLA = ["14146", "14416", "14166", "14149"]; // can 355 g
const LEMON_LIME = ["14144", "14145"]; // 12 fl oz 368-369 g
const BEER = ["14003", "14004", "14005", "14006", "14007", "14013"]; // 12 fl oz can 354-357 g; 1 fl oz 29.5-29.8 g
const RED_WINE = [
  "14084", "14096", "14097", "14098", "14099", "14100", "14101", "14102", "14103", "14105", "14107", "14108",
  "14109", "14152", "14158", "14159", "14602",
]; // 5 fl oz = 147 g
const WINE = [...RED_WINE, "14106", "14113", "14116", "14117", "14120", "14124", "14126", "14132", "14134", "14138", "14160"];
const SPIRITS = ["14037", "14049", "14050", "14051", "14052", "14532", "14533", "14550"]; // jigger 1.5 fl oz = 42 g
const SOY_MILK = [
  "16120", "16139", "16222", "16225", "16228", "16230", "16235", "16238", "16215", "16216", "16219", "16223", "16229",
]; // cup 243 g
const ALMOND_MILK = ["14016", "14091"]; // cup 240 / 262 g

// Snacks, sweets, fats
const POTATO_CHIPS = ["19411", "19811", "25064", "19422", "19042", "19809", "19810"]; // 1 oz bag = 28 g
const TORTILLA_CHIPS = ["19056", "25028", "19433", "19833", "43364", "43566"]; // plain; 1 oz = 28.35 g
const MILK_CHOCOLATE = ["19120"]; // bar (1.55 oz) = 44 g
const OREO = ["18166"]; // 3 cookies = 36 g
const GRANOLA_BAR = [
  "19015", "19016", "19017", "19020", "19021", "19022", "19024", "19026", "19027", "19404", "19405", "19406", "19420",
]; // 1 bar 21-43 g
const POPCORN = ["19034", "19806", "19035", "19807", "42259", "25014"]; // cup 8 g (air), 11 g (oil)
const BLUEBERRY_MUFFIN = ["18274", "18278"]; // medium 113 g (commercial), 57 g (recipe)
const DONUT = ["18255", "18250", "18436"]; // glazed medium 45-64 g
const ICE_CREAM = ["19095", "19088", "19089", "19270", "19114", "19271", "19867"]; // 1/2 cup 66 g
const OLIVE_OIL = ["04053"]; // tbsp 13.5 g
const HONEY = ["19296"]; // tbsp 21 g
const SALSA = ["06164"]; // 2 tbsp 36 g
const MAC_AND_CHEESE = ["22247", "22919", "22960", "22970", "32005"]; // prepared: cup 137-244 g

// ---------------------------------------------------------------------------------------------------------
// Helpers to write cases compactly
// ---------------------------------------------------------------------------------------------------------
const f = (ids: string[], lo: number, hi: number, meal?: Meal | null): Expect =>
  meal === undefined ? { ids, grams: [lo, hi] } : { ids, grams: [lo, hi], meal };
const dish = (re: RegExp, lo: number, hi: number, meal?: Meal | null): Expect =>
  meal === undefined ? { dish: re, grams: [lo, hi] } : { dish: re, grams: [lo, hi], meal };
const missing = (re: RegExp): Expect => ({ unmatchedOrLow: re });

// Unstated portions a dietitian would accept, reused across cases.
const P = {
  banana: [100, 140], // small 101 - large 136 (09040)
  apple: [130, 230], // medium 161-212 g
  orange: [110, 165], // 1 fruit 121-151 g
  coffee: [170, 360], // 6 fl oz 178 g .. a mug ~ 12 fl oz 355 g
  tea: [170, 360],
  splashMilk: [10, 50], // "a splash", or milk in tea/coffee: ~30 g
  glassMilk: [200, 300], // 1 cup 244 g
  glassJuice: [170, 380], // 6 fl oz 186 g .. 12 fl oz
  rice: [79, 240], // 1/2 to 1.5 cups cooked
  bowlRice: [150, 320],
  yogurt: [100, 250], // 4 oz 113 .. 8 oz 227 / cup 245
  toast1: [20, 45], // one slice 22-32 g
  toast2: [40, 75],
  butterSpread: [4, 20], // a pat 5 g .. a tbsp 14.2 g
  peas: [70, 170], // 1/2 cup 80 .. 1 cup 160
  chickenBreast: [100, 200],
  porkChop1: [100, 220],
  porkChop2: [230, 440],
  salmonFillet: [100, 230],
  codFillet: [85, 200],
  can: [330, 500], // a can (12 fl oz 355-370 g) or a 16 fl oz bottle
  wineGlass: [120, 200], // 5 fl oz 147 g .. 175 ml 174 g
  beer: [330, 630], // can 356 g .. UK pint 568 ml
} satisfies Record<string, [number, number]>;
const fp = (ids: string[], range: [number, number], meal?: Meal | null): Expect => f(ids, range[0], range[1], meal);

// Dish ranges (summed ingredient grams)
const D = {
  porridgeWithMilk: [200, 420], // 1 cup cooked oats 234 g (+ milk), or 40 g oats + 250 g milk
  cerealWithMilk: [150, 320], // 28-45 g cereal + 120-245 g milk
  sandwich: [120, 320], // 2 slices 50-64 g + filling 50-150 g + extras
  pizzaSlice: [80, 200],
  sideSalad: [50, 250],
  soupBowl: [240, 500],
  latte: [250, 500],
  cappuccino: [150, 400],
  smoothie: [250, 550],
  burrito: [150, 400],
  burger: [120, 320],
  stirFry: [250, 550],
  spaghettiSauce: [250, 600],
  lasagna: [150, 350],
  sushi6: [120, 260], // 6 pieces, 20-40 g each
} satisfies Record<string, [number, number]>;
const dp = (re: RegExp, range: [number, number], meal?: Meal | null): Expect => dish(re, range[0], range[1], meal);

// ---------------------------------------------------------------------------------------------------------
// Single phrases and short meals
// ---------------------------------------------------------------------------------------------------------
const SINGLE: Case[] = [
  // --- dairy and eggs
  { who: "dieter reading a DASH leaflet", text: "1 cup milk, fat-free", expect: [f(SKIM, 220, 270)] }, // cup 245 g
  { who: "retired teacher, 78", text: "a glass of milk", expect: [fp(MILK, P.glassMilk)] },
  { who: "gym-goer", text: "8 oz glass of 2% milk", expect: [f(MILK_2, 205, 270)] }, // 8 fl oz 244 g (8 oz weight 227)
  { who: "British office worker", text: "250 ml semi-skimmed milk", expect: [f([...MILK_2, ...MILK_1], 232, 284)] }, // 250 ml x 1.03 g/ml = 258 g
  { who: "parent", text: "a cup of skim milk", expect: [f(SKIM, 220, 270)] },
  { who: "student", text: "1 cup whole milk", expect: [f(WHOLE_MILK, 220, 270)] }, // 244 g
  { who: "bodybuilder", text: "2 eggs, scrambled", expect: [f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140)] }, // 2 x 61 g (raw 2 x 50)
  { who: "keto dieter", text: "2 hard-boiled eggs", expect: [f(EGG_BOILED, 90, 115)] }, // 2 x 50 g
  { who: "truck driver", text: "a fried egg", expect: [f(EGG_FRIED, 40, 60)] }, // 46 g
  { who: "cheese lover", text: "1 oz cheddar", expect: [f(CHEDDAR, 25.5, 31.2)] }, // 28.35 g
  { who: "office worker", text: "2 slices of swiss cheese", expect: [f(SWISS, 50, 62)] }, // 2 x 28 g
  { who: "vegetarian", text: "a cup of plain yogurt", expect: [f(PLAIN_YOGURT, 220, 270)] }, // 245 g
  { who: "British runner", text: "a pot of greek yogurt", expect: [f(GREEK_PLAIN, 140, 220)] }, // 170 / 200 g containers
  { who: "older woman", text: "1/2 cup cottage cheese", expect: [f(COTTAGE, 95, 125)] }, // 105-113 g
  { who: "Italian student", text: "2 tbsp grated parmesan", expect: [f(PARMESAN, 9, 11)] }, // 2 x 5 g
  { who: "baker", text: "1 tbsp cream cheese", expect: [f(CREAM_CHEESE, 13, 19)] }, // 14.5 g
  { who: "vegan", text: "a glass of oat milk", expect: [missing(/oat milk/i)] }, // SR28 has no oat milk
  { who: "vegan", text: "150g coconut yogurt", expect: [missing(/coconut yog/i)] }, // SR28 has no coconut yogurt
  { who: "lactose-intolerant student", text: "a cup of soy milk", expect: [f(SOY_MILK, 219, 267)] }, // 243 g
  { who: "vegan", text: "1 cup almond milk", expect: [f(ALMOND_MILK, 216, 288)] }, // 240 / 262 g

  // --- fruit
  { who: "runner", text: "a banana", expect: [fp(BANANA, P.banana)] }, // medium 118 g
  { who: "toddler's parent", text: "2 bananas", expect: [f(BANANA, 200, 280)] },
  { who: "teacher", text: "an apple", expect: [fp(APPLE, P.apple)] }, // medium 182 g (09003)
  { who: "teen", text: "a large apple", expect: [f(APPLE, 195, 265)] }, // large 200-260 g
  { who: "nurse", text: "an orange", expect: [fp(ORANGE, P.orange)] }, // 1 fruit 131 g
  { who: "student", text: "OJ", expect: [fp(OJ, P.glassJuice)] },
  { who: "retiree", text: "a glass of OJ", expect: [f(OJ, 200, 300)] }, // cup 248 g
  { who: "child", text: "a cup of grapes", expect: [f(GRAPES, 136, 166)] }, // 151 g
  { who: "dieter", text: "1 cup blueberries", expect: [f(BLUEBERRIES, 133, 163)] }, // 148 g
  { who: "dieter", text: "a cup of strawberries", expect: [f(STRAWBERRIES, 130, 183)] }, // 144-166 g
  { who: "schoolchild", text: "a small box of raisins", expect: [f(RAISINS, 38, 48)] }, // 43 g
  { who: "Saudi student breaking fast", text: "3 medjool dates", expect: [f(MEDJOOL, 65, 80)] }, // 3 x 24 g
  { who: "millennial", text: "half an avocado", expect: [f(AVOCADO, 60, 115)] }, // 201/2 = 100 g; 136/2 = 68 g
  { who: "Indian student", text: "a mango", expect: [f(MANGO, 200, 370)] }, // 336 g without refuse
  { who: "older man", text: "a pear", expect: [f(PEAR, 145, 210)] }, // medium 157-202 g
  { who: "child", text: "2 kiwis", expect: [f(KIWI, 124, 178)] }, // 2 x 69-81 g
  { who: "teen", text: "a cup of watermelon", expect: [f(WATERMELON, 137, 168)] }, // diced 152 g
  { who: "Georgia retiree", text: "a peach", expect: [f(PEACH, 130, 175)] }, // medium 150 g

  // --- vegetables
  // Raw chopped broccoli is 91 g a cup, cooked chopped 156 g: either is a fair reading.
  { who: "DASH follower", text: "1 cup chopped broccoli", expect: [f([...BROCCOLI_RAW, ...BROCCOLI_COOKED], 82, 172)] },
  { who: "dieter", text: "a cup of steamed broccoli", expect: [f(BROCCOLI_COOKED, 140, 172)] },
  { who: "smoothie maker", text: "1 cup spinach", expect: [f(SPINACH_RAW, 27, 33)] }, // raw cup 30 g
  { who: "older woman", text: "1/2 cup cooked spinach", expect: [f(SPINACH_COOKED, 81, 99)] }, // 90 g
  { who: "salad eater", text: "2 cups mixed salad greens", expect: [f(SALAD_GREENS, 50, 120)] },
  { who: "American dad", text: "a medium baked potato", expect: [f(BAKED_POTATO, 150, 190)] }, // 173 g
  { who: "British pensioner", text: "a jacket potato", expect: [f(BAKED_POTATO, 150, 320)] }, // medium 173 .. large 299
  { who: "sweet-potato fan", text: "a medium sweet potato", expect: [f(SWEET_POTATO, 100, 170)] }, // baked 114, boiled 151
  { who: "dieter", text: "10 baby carrots", expect: [f(BABY_CARROTS, 90, 110)] }, // 10 x 10 g
  { who: "rabbit owner", text: "a carrot", expect: [f(CARROT_RAW, 50, 75)] }, // medium 61 g
  { who: "home cook", text: "1 cup cooked green beans", expect: [f(GREEN_BEANS_COOKED, 112, 138)] }, // 125 g
  { who: "Iowa farmer", text: "an ear of corn", expect: [f(CORN_COB, 85, 120)] }, // medium ear 103 g
  { who: "child", text: "1/2 cup peas", expect: [f(PEAS, 72, 88)] }, // 80 g
  { who: "gardener", text: "a tomato", expect: [f(TOMATO, 90, 150)] }, // medium 123 g
  { who: "Nigerian cook", text: "1 cup cooked okra", expect: [f(OKRA_COOKED, 144, 176)] }, // 160 g
  { who: "home cook", text: "a cup of sliced mushrooms", expect: [f(MUSHROOMS, 63, 77)] }, // 70 g
  { who: "home cook", text: "1 cup diced onion", expect: [f(ONION, 144, 176)] }, // chopped 160 g
  { who: "Korean student", text: "1/2 cup kimchi", expect: [f(KIMCHI, 67, 83)] }, // 75 g
  { who: "Cantonese grandmother", text: "1 cup cooked bok choy", expect: [f(BOK_CHOY_COOKED, 153, 187)] }, // 170 g

  // --- grains
  { who: "student", text: "1 cup of brown rice", expect: [f(BROWN_RICE_COOKED, 175, 222)] }, // cooked 195-202 g
  { who: "shift worker", text: "rice", expect: [fp(WHITE_RICE_COOKED, P.rice)] },
  { who: "Filipino nurse", text: "a bowl of white rice", expect: [fp(WHITE_RICE_COOKED, P.bowlRice)] },
  { who: "athlete", text: "1 cup quinoa", expect: [f(QUINOA_COOKED, 166, 204)] }, // cooked 185 g
  { who: "cyclist", text: "2 cups of pasta", expect: [f(PASTA_COOKED, 193, 332)] }, // 2 x 107-151 g
  { who: "DASH follower", text: "1 cup cooked whole-wheat spaghetti", expect: [f(WW_PASTA_COOKED, 105, 166)] }, // 117-151 g
  { who: "Scottish retiree", text: "a bowl of oatmeal", expect: [f(OATMEAL_COOKED, 170, 360)] }, // cup 234 g
  { who: "meal-prepper", text: "1/2 cup dry oats", expect: [f(OATS_DRY, 36, 45)] }, // 40 g
  { who: "dieter", text: "a slice of whole-wheat toast", expect: [f(WW_BREAD, 22, 36)] }, // toasted 25 g, untoasted 32 g
  { who: "child", text: "2 slices of white bread", expect: [f(WHITE_BREAD, 45, 64)] }, // 2 x 25-29 g
  { who: "New Yorker", text: "a plain bagel", expect: [f(BAGEL, 90, 120)] }, // 99-105 g
  { who: "Parisian", text: "a croissant", expect: [f(CROISSANT, 50, 65)] }, // medium 57 g
  { who: "commuter", text: "an english muffin", expect: [f(ENGLISH_MUFFIN, 47, 70)] }, // 52-66 g
  { who: "Texan", text: "a flour tortilla", expect: [f(FLOUR_TORTILLA, 28, 75)] }, // 1 tortilla 48-49 g
  { who: "Mexican grandmother", text: "2 corn tortillas", expect: [f(CORN_TORTILLA, 43, 57)] }, // 2 x 24-26 g
  { who: "Lebanese student", text: "a pita", expect: [f(PITA, 54, 70)] }, // 60-64 g
  { who: "Punjabi grandmother", text: "2 rotis", expect: [f(ROTI, 80, 140)] }, // 2 x 43-68 g
  { who: "Indian takeaway fan", text: "a naan", expect: [f(NAAN, 80, 115)] }, // 90-106 g
  { who: "toddler's parent", text: "a cup of cheerios", expect: [f(CHEERIOS, 25, 31)] }, // 28 g
  { who: "hiker", text: "1/2 cup granola", expect: [f(GRANOLA, 40, 66)] }, // 48-61 g
  { who: "Moroccan student", text: "1 cup couscous", expect: [f(COUSCOUS_COOKED, 141, 173)] }, // cooked 157 g
  { who: "Sunday brunch", text: "3 pancakes", expect: [f(PANCAKES, 100, 240)] }, // 4" 38 g .. 6" 77 g each

  // --- meat, fish, eggs, pulses, nuts
  { who: "student", text: "2 pork chops", expect: [fp(PORK_CHOP, P.porkChop2)] },
  { who: "DASH follower", text: "3 oz beef, eye of the round", expect: [f(EYE_ROUND, 76, 94)] }, // 85 g
  { who: "bodybuilder", text: "200g chicken breast", expect: [f(CHICKEN_BREAST, 180, 220)] },
  { who: "parent", text: "a chicken breast", expect: [fp(CHICKEN_BREAST, P.chickenBreast)] },
  { who: "dieter", text: "grilled chicken, 4 oz", expect: [f(CHICKEN, 102, 125)] }, // 113 g
  { who: "Jamaican cook", text: "2 chicken thighs", expect: [f(CHICKEN_THIGH, 170, 280)] }, // 2 x 89-137 g
  { who: "student", text: "a can of tuna, drained", expect: [f(TUNA_CANNED, 148, 196)] }, // 1 can drained 165-178 g
  { who: "Norwegian", text: "6 oz grilled salmon", expect: [f(SALMON, 153, 187)] }, // 170 g
  { who: "pescatarian", text: "a salmon fillet", expect: [fp(SALMON, P.salmonFillet)] },
  { who: "Louisiana cook", text: "3 oz shrimp", expect: [f(SHRIMP, 76, 94)] }, // cooked 85 g
  { who: "British pensioner", text: "a cod fillet", expect: [fp(COD, P.codFillet)] }, // 180 g Atlantic, 90 g Pacific
  { who: "Portuguese fisherman", text: "a can of sardines", expect: [f(SARDINES, 83, 101)] }, // 92 g
  { who: "taco night", text: "4 oz cooked ground beef", expect: [f(GROUND_BEEF, 102, 125)] }, // 113 g
  { who: "steak lover", text: "8 oz sirloin steak", expect: [f(SIRLOIN, 204, 250)] }, // 227 g
  { who: "diner regular", text: "2 slices of bacon", expect: [f(BACON, 15, 25)] }, // 2 x 8-11.5 g
  { who: "child", text: "2 slices of ham", expect: [f(HAM, 40, 62)] }, // 2 x 23-28 g
  { who: "Thanksgiving", text: "3 oz roast turkey breast", expect: [f(TURKEY_ROAST, 76, 94)] }, // 85 g
  { who: "vegan", text: "100 g firm tofu", expect: [f(TOFU_FIRM, 90, 110)] },
  { who: "Cuban cook", text: "a cup of black beans", expect: [f(BLACK_BEANS, 155, 190)] }, // cooked 172 g
  { who: "vegetarian", text: "1 cup cooked lentils", expect: [f(LENTILS, 178, 218)] }, // 198 g
  { who: "Bengali cook", text: "1 cup red lentils, cooked", expect: [f(LENTILS, 178, 218)] }, // cooked lentils 198 g
  { who: "vegan", text: "a cup of chickpeas", expect: [f(CHICKPEAS, 137, 180)] }, // 152-164 g
  { who: "Southern grandmother", text: "1 cup black-eyed peas", expect: [f(BLACK_EYED_PEAS, 154, 188)] }, // 171 g
  { who: "Tex-Mex fan", text: "1/2 cup refried beans", expect: [f(REFRIED_BEANS, 104, 133)] }, // 116-121 g
  { who: "chili cook", text: "a cup of kidney beans", expect: [f(KIDNEY_BEANS, 159, 195)] }, // cooked 177 g
  { who: "Japanese student", text: "a cup of edamame", expect: [f(EDAMAME, 140, 171)] }, // 155 g
  { who: "student", text: "2 tbsp peanut butter", expect: [f(PEANUT_BUTTER, 29, 36)] }, // 32 g
  { who: "office snacker", text: "a handful of almonds", expect: [f(ALMONDS, 20, 40)] }, // 1 oz 28.35 g
  { who: "hiker", text: "1 oz walnuts", expect: [f(WALNUTS, 25.5, 31.2)] },
  { who: "Palestinian student", text: "1/4 cup hummus", expect: [f(HUMMUS, 55, 68)] }, // 61.5 g
  { who: "Egyptian office worker", text: "3 falafel", expect: [f(FALAFEL, 45, 57)] }, // 3 x 17 g

  // --- drinks
  {
    who: "office worker",
    text: "coffee with a splash of milk",
    expect: [fp(COFFEE, P.coffee), f(MILK, 20, 45)],
  },
  { who: "British builder", text: "tea with milk", expect: [fp(TEA, P.tea), fp(MILK, P.splashMilk)] },
  { who: "older woman", text: "a cup of tea", expect: [f(TEA, 213, 261)] }, // cup 237 g
  { who: "teen", text: "a coke", expect: [fp(COLA, P.can)] }, // 370 g can
  { who: "dieter", text: "a can of diet coke", expect: [f(DIET_COLA, 320, 390)] }, // 355 g
  { who: "teen", text: "a sprite", expect: [fp(LEMON_LIME, P.can)] }, // 368 g
  { who: "Friday night", text: "a glass of red wine", expect: [fp(RED_WINE, P.wineGlass)] }, // 5 fl oz 147 g
  { who: "London pub-goer", text: "a pint of beer", expect: [f(BEER, 425, 630)] }, // US pint 473 g .. UK pint 568 ml
  { who: "tailgater", text: "a can of beer", expect: [f(BEER, 320, 392)] }, // 356 g
  { who: "Italian barista", text: "a double espresso", expect: [f(ESPRESSO, 50, 70)] }, // 2 fl oz 59 g
  { who: "bachelor party", text: "a shot of vodka", expect: [f(SPIRITS, 22, 46)] }, // jigger 42 g; UK shot 25 ml 23 g
  { who: "student", text: "a large latte", expect: [dish(/latte/i, 400, 650)] }, // 16-20 fl oz
  { who: "office worker", text: "a latte", expect: [dp(/latte/i, D.latte)] },
  { who: "Italian nonna", text: "a cappuccino", expect: [dp(/cappuccino/i, D.cappuccino)] },
  { who: "retiree", text: "a glass of apple juice", expect: [f(APPLE_JUICE, 200, 300)] }, // cup 248 g
  { who: "tea drinker", text: "a cup of green tea", expect: [f(GREEN_TEA, 213, 265)] }, // 237-245 g

  // --- dishes
  { who: "office worker", text: "a turkey sandwich", expect: [dp(/sandwich/i, D.sandwich)] },
  // PB&J: 2 slices bread 50-64 g + 2 tbsp peanut butter 32 g + 1 tbsp jelly 20 g
  { who: "third-grader", text: "PB&J", expect: [dish(/pb|peanut|jelly|sandwich/i, 85, 150)] },
  // SR28 has prepared macaroni and cheese (22247 canned entree, 22960 from mix, 22970 frozen): one food
  { who: "college student", text: "mac and cheese", expect: [f(MAC_AND_CHEESE, 130, 300)] },
  { who: "teen", text: "a slice of pepperoni pizza", expect: [dp(/pizza/i, D.pizzaSlice)] },
  { who: "teen", text: "2 slices of cheese pizza", expect: [dish(/pizza/i, 170, 360)] },
  { who: "Californian", text: "a bean and cheese burrito", expect: [dp(/burrito/i, D.burrito)] },
  { who: "Mexican-American nurse", text: "2 chicken tacos", expect: [dish(/taco/i, 140, 300)] },
  { who: "trucker", text: "a cheeseburger", expect: [dp(/burger/i, D.burger)] },
  { who: "sick day", text: "a bowl of chicken noodle soup", expect: [dp(/soup/i, D.soupBowl)] },
  { who: "Japanese student", text: "a bowl of miso soup", expect: [dish(/miso|soup/i, 180, 400)] },
  { who: "vegetarian", text: "a cup of lentil soup", expect: [dish(/soup/i, 215, 275)] }, // cup 240-250 g
  { who: "Italian-American dad", text: "spaghetti with meat sauce", expect: [dp(/spaghetti/i, D.spaghettiSauce)] },
  { who: "nonna", text: "a slice of lasagna", expect: [dp(/lasagna/i, D.lasagna)] },
  { who: "weekend brunch", text: "a 3-egg omelette with cheese", expect: [dish(/omelet/i, 150, 260)] }, // 3 x 50 g + cheese
  { who: "gym-goer", text: "a banana smoothie", expect: [dp(/smoothie/i, D.smoothie)] },
  { who: "Tokyo office worker", text: "6 pieces of salmon sushi", expect: [dp(/sushi/i, D.sushi6)] },
  { who: "lunch meeting", text: "a caesar salad", expect: [dish(/salad/i, 150, 400)] },
  { who: "Cantonese home cook", text: "chicken stir-fry", expect: [dp(/stir/i, D.stirFry)] },
  { who: "Scottish student", text: "porridge with milk", expect: [dp(/porridge|oat/i, D.porridgeWithMilk)] },
  { who: "child", text: "a bowl of cereal with milk", expect: [dp(/cereal/i, D.cerealWithMilk)] },
  { who: "office worker", text: "a ham and cheese sandwich", expect: [dp(/sandwich/i, D.sandwich)] },
  { who: "Greek student", text: "a greek salad", expect: [dish(/salad/i, 150, 400)] },

  // --- snacks, sweets, fats
  { who: "British student", text: "a bag of crisps", expect: [f(POTATO_CHIPS, 23, 50)] }, // 25-40 g UK bag, 1 oz 28 g US
  { who: "commuter", text: "a chocolate bar", expect: [f(MILK_CHOCOLATE, 35, 55)] }, // 1.55 oz bar 44 g
  { who: "child", text: "2 oreos", expect: [f(OREO, 20, 27)] }, // 3 cookies = 36 g -> 12 g each
  { who: "hiker", text: "a granola bar", expect: [f(GRANOLA_BAR, 20, 45)] }, // 21-43 g
  { who: "movie night", text: "3 cups popcorn", expect: [f(POPCORN, 21, 37)] }, // 3 x 8 g (air) .. 3 x 11 g (oil)
  { who: "coffee-shop regular", text: "a blueberry muffin", expect: [f(BLUEBERRY_MUFFIN, 55, 140)] }, // medium 113 g
  { who: "police officer", text: "a glazed donut", expect: [f(DONUT, 40, 75)] }, // medium 45-64 g
  { who: "Mediterranean cook", text: "1 tbsp olive oil", expect: [f(OLIVE_OIL, 12.1, 14.9)] }, // 13.5 g
  { who: "tea drinker", text: "1 tbsp honey", expect: [f(HONEY, 19, 23)] }, // 21 g
  { who: "dessert", text: "1/2 cup vanilla ice cream", expect: [f(ICE_CREAM, 59, 73)] }, // 66 g

  // --- more everyday foods
  { who: "older woman", text: "a cup of cantaloupe", expect: [f(CANTALOUPE, 140, 195)] }, // cubes 160, diced 156, balls 177 g
  { who: "retiree on statins", text: "half a grapefruit", expect: [f(GRAPEFRUIT, 100, 170)] }, // 1/2 medium 128 g, 1/2 fruit 123 g
  { who: "dieter", text: "a stalk of celery", expect: [f(CELERY, 30, 50)] }, // medium stalk 40 g
  { who: "Thanksgiving guest", text: "a dinner roll", expect: [f(ROLL_WW, 24, 45)] }, // 1 roll (1 oz) 28 g; small 25 g
  { who: "office worker", text: "3 slices of deli turkey", expect: [f(TURKEY_DELI, 40, 92)] }, // 3 x 15-28 g
  { who: "road-tripper", text: "1 oz mixed nuts", expect: [f(MIXED_NUTS, 25.5, 31.2)] },
  { who: "book club", text: "a glass of wine", expect: [fp(WINE, P.wineGlass)] }, // 5 fl oz 147 g
  { who: "Super Bowl party", text: "1 oz tortilla chips", expect: [f(TORTILLA_CHIPS, 25.5, 31.2)] },

  // --- preparation words that refine the match
  { who: "DASH follower", text: "1 oz unsalted almonds", expect: [f(["12061", "12062", "12063", "12065"], 25.5, 31.2)] },
  {
    who: "dieter",
    text: "1 cup low-fat yogurt",
    expect: [f(["01117", "01119", "01120", "01121", "01122", "01203", "01216", "01217", "01219", "01220", "01231", "01284", "01287", "01297"], 220, 270)],
  }, // cup 245 g
  { who: "heart patient", text: "2 slices whole-grain bread", expect: [f(["28397", "18036", ...WW_BREAD], 45, 85)] }, // 2 x 24-41 g
];

// Extra id sets used only by the whole-day cases
const EGG_WHITE = ["01124"]; // 1 large white = 33 g
const EGG_ANY = [...EGG_RAW, ...EGG_SCRAMBLED, ...EGG_BOILED, ...EGG_FRIED, ...EGG_POACHED, "01130"];
const GREEN_BEANS = ["11052", ...GREEN_BEANS_COOKED]; // raw cup 100 g, cooked cup 125 g
const BROCCOLI = [...BROCCOLI_RAW, ...BROCCOLI_COOKED];
const TOMATO_SAUCE = ["11549", "11551", "11553", "11557", "06931", "06976"]; // 1/2 cup 122-132 g
const SYRUP = ["19353", "19129"]; // tbsp 20 g
const WAFFLES = ["18403", "18365", "18932", "18367"]; // frozen 33-39 g each; recipe 7" 75 g
const LOX = ["15179", "15077"]; // 1 oz = 28.35 g
const ITALIAN_BREAD = ["18033", "18029", "18030"]; // slice medium 20 g, large 30 g
// "chips" in Britain are french fries: fast-food medium 117 g, large 154 g; oven fries 10 strips 76 g
const FRIES = ["21138", "11403", "11360", "11412", "11841", "11407", "11395"];

// ---------------------------------------------------------------------------------------------------------
// Whole days and whole meals, written the way people write them
// ---------------------------------------------------------------------------------------------------------
const B = "breakfast" as const;
const L = "lunch" as const;
const Dn = "dinner" as const;
const S = "snacks" as const;

const DAYS: Case[] = [
  {
    who: "UK student",
    text: "Breakfast: porridge with milk. A banana.\nLunch: tuna sandwich and an apple.\nDinner - 2 pork chops, some rice, peas.\nSnack: yogurt",
    expect: [
      dp(/porridge|oat/i, D.porridgeWithMilk, B), fp(BANANA, P.banana, B),
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L),
      fp(PORK_CHOP, P.porkChop2, Dn), fp(WHITE_RICE_COOKED, P.rice, Dn), fp(PEAS, P.peas, Dn),
      fp(YOGURT, P.yogurt, S),
    ],
  },
  {
    who: "British pensioner",
    text: "breakfast - 2 slices of toast with butter and a cup of tea with milk\nlunch - a jacket potato and baked beans\ndinner - cod fillet, boiled potatoes and peas",
    expect: [
      fp(BREAD, P.toast2, B), fp(BUTTER, P.butterSpread, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(BAKED_POTATO, 150, 320, L), f(BAKED_BEANS, 120, 260, L), // beans: 1/2 to 1 cup (cup 254 g)
      fp(COD, P.codFillet, Dn), f(BOILED_POTATO, 130, 350, Dn), fp(PEAS, P.peas, Dn),
    ],
  },
  {
    who: "marathon runner",
    text: "Breakfast: 3 scrambled eggs, 2 slices whole-wheat toast, a glass of OJ\nLunch: 200g chicken breast, 1 cup brown rice, 1 cup steamed broccoli\nSnack: 2 bananas and 2 tbsp peanut butter\nDinner: 6 oz salmon, a medium sweet potato, 2 cups spinach",
    expect: [
      f([...EGG_SCRAMBLED, ...EGG_RAW], 135, 205, B), // 3 x 61 g scrambled (3 x 50 g raw)
      f(WW_BREAD, 45, 70, B), f(OJ, 200, 300, B),
      f(CHICKEN_BREAST, 180, 220, L), f(BROWN_RICE_COOKED, 175, 222, L), f(BROCCOLI_COOKED, 140, 172, L),
      f(BANANA, 200, 280, S), f(PEANUT_BUTTER, 29, 36, S),
      f(SALMON, 153, 187, Dn), f(SWEET_POTATO, 100, 170, Dn), f(SPINACH_RAW, 54, 66, Dn), // 2 x 30 g
    ],
  },
  {
    who: "vegan",
    text: "breakfast: 1/2 cup rolled oats, dry; 1 cup soy milk; 1/2 cup blueberries\nlunch: 1 cup chickpeas, 2 cups mixed greens, 1/4 cup hummus and a pita\ndinner: 100 g firm tofu, 1 cup quinoa, 1 cup cooked green beans\nsnack: a handful of almonds",
    expect: [
      f(OATS_DRY, 36, 45, B), f(SOY_MILK, 219, 267, B), f(BLUEBERRIES, 67, 81, B), // 74 g
      f(CHICKPEAS, 137, 180, L), f(SALAD_GREENS, 50, 120, L), f(HUMMUS, 55, 68, L), f(PITA, 54, 70, L),
      f(TOFU_FIRM, 90, 110, Dn), f(QUINOA_COOKED, 166, 204, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn),
      f(ALMONDS, 20, 40, S),
    ],
  },
  {
    who: "Punjabi grandmother",
    text: "Breakfast: 2 rotis, a cup of plain yogurt and tea with milk\nLunch: 1 cup red lentils, cooked, with 1 cup white rice\nDinner: 2 chicken thighs, 1 cup cooked spinach, a naan",
    expect: [
      f(ROTI, 80, 140, B), f(PLAIN_YOGURT, 220, 270, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(LENTILS, 178, 218, L), f(WHITE_RICE_COOKED, 142, 205, L), // cup 158-186 g
      f(CHICKEN_THIGH, 170, 280, Dn), f(SPINACH_COOKED, 162, 198, Dn), f(NAAN, 80, 115, Dn),
    ],
  },
  {
    who: "Korean student",
    text: "breakfast: 2 boiled eggs and a cup of soy milk\nlunch: a bowl of white rice, kimchi, 1 cup cooked bok choy\ndinner: 6 pieces of salmon sushi and a bowl of miso soup\nsnack: an orange",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(SOY_MILK, 219, 267, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f(KIMCHI, 30, 150, L), f(BOK_CHOY_COOKED, 153, 187, L),
      dp(/sushi/i, D.sushi6, Dn), dish(/miso|soup/i, 180, 400, Dn),
      fp(ORANGE, P.orange, S),
    ],
  },
  {
    who: "Mexican-American nurse",
    text: "Breakfast: 2 corn tortillas, 2 fried eggs and 1/2 cup refried beans\nLunch: 2 chicken tacos and a coke\nDinner: a cup of pinto beans, a cup of white rice, half an avocado",
    expect: [
      f(CORN_TORTILLA, 43, 57, B), f(EGG_FRIED, 80, 110, B), f(REFRIED_BEANS, 104, 133, B),
      dish(/taco/i, 140, 300, L), fp(COLA, P.can, L),
      f(PINTO_BEANS, 154, 188, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn), f(AVOCADO, 60, 115, Dn),
    ],
  },
  {
    who: "Lebanese dad",
    text: "Breakfast: a pita, 1 oz feta, a tomato and a cucumber\nLunch: 3 falafel, 1/4 cup hummus, another pita\nDinner: 4 oz grilled lamb with 1 cup couscous\nSnack: 3 medjool dates",
    expect: [
      f(PITA, 54, 70, B), f(FETA, 25.5, 31.2, B), f(TOMATO, 90, 150, B),
      f(CUCUMBER, 90, 330, B), // SR28: 1 cucumber (8-1/4") 301 g; Middle-Eastern cucumbers are ~100 g
      f(FALAFEL, 45, 57, L), f(HUMMUS, 55, 68, L), f(PITA, 54, 70, L),
      f(LAMB, 102, 125, Dn), f(COUSCOUS_COOKED, 141, 173, Dn),
      f(MEDJOOL, 65, 80, S),
    ],
  },
  {
    who: "Italian nonna",
    text: "Breakfast: a cappuccino and a croissant\nLunch: spaghetti with tomato sauce, a green salad, a glass of red wine\nDinner: a slice of lasagna\nSnack: a peach",
    expect: [
      dp(/cappuccino/i, D.cappuccino, B), f(CROISSANT, 50, 65, B),
      dp(/spaghetti/i, D.spaghettiSauce, L), dp(/salad/i, D.sideSalad, L), fp(RED_WINE, P.wineGlass, L),
      dp(/lasagna/i, D.lasagna, Dn),
      f(PEACH, 130, 175, S),
    ],
  },
  {
    who: "Nigerian engineer",
    text: "Breakfast: fried plantain, 1 cup, and 2 boiled eggs\nLunch: 1 cup black-eyed peas with a cup of white rice\nDinner: a chicken drumstick, 1 cup boiled yam and 1 cup cooked okra",
    expect: [
      f(PLANTAIN_COOKED, 106, 186, B), f(EGG_BOILED, 90, 115, B), // fried cup 118-169 g
      f(BLACK_EYED_PEAS, 154, 188, L), f(WHITE_RICE_COOKED, 142, 205, L),
      f(CHICKEN_DRUMSTICK, 45, 115, Dn), f(YAM_COOKED, 122, 150, Dn), f(OKRA_COOKED, 144, 176, Dn), // yam cup 136 g
    ],
  },
  {
    who: "night-shift nurse",
    text: "Before my shift: a bowl of cereal with milk and a coffee\nOn break at 2am: a turkey sandwich, a bag of chips and a coke\nWhen I got home: 2 eggs, scrambled, and a slice of toast",
    expect: [
      dp(/cereal/i, D.cerealWithMilk), fp(COFFEE, P.coffee),
      dp(/sandwich/i, D.sandwich), f(POTATO_CHIPS, 23, 50), fp(COLA, P.can),
      f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140), fp(BREAD, P.toast1),
    ],
  },
  {
    who: "dieter on 1,500 kcal",
    text: "Breakfast - a pot of greek yogurt, 1 cup strawberries\nLunch - 2 cups mixed salad greens, 3 oz grilled chicken, 1 tbsp olive oil\nDinner - a cod fillet, 1 cup steamed broccoli, 1/2 cup brown rice\nSnack - 10 baby carrots",
    expect: [
      f(GREEK_PLAIN, 140, 220, B), f(STRAWBERRIES, 130, 183, B),
      f(SALAD_GREENS, 50, 120, L), f(CHICKEN, 76, 94, L), f(OLIVE_OIL, 12.1, 14.9, L),
      fp(COD, P.codFillet, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), f(BROWN_RICE_COOKED, 88, 111, Dn),
      f(BABY_CARROTS, 90, 110, S),
    ],
  },
  {
    who: "mum of three",
    text: "breakfast was just coffee with a splash of milk and a banana. lunch: leftover mac and cheese. dinner was spaghetti with meat sauce and a side salad, then a glass of red wine",
    expect: [
      fp(COFFEE, P.coffee, B), f(MILK, 20, 45, B), fp(BANANA, P.banana, B),
      f(MAC_AND_CHEESE, 130, 300, L),
      dp(/spaghetti/i, D.spaghettiSauce, Dn), dp(/salad/i, D.sideSalad, Dn), fp(RED_WINE, P.wineGlass, Dn),
    ],
  },
  {
    who: "teen basketball player",
    text: "for breakfast I had 2 cups of cheerios with milk and a glass of OJ, for lunch I had 2 slices of pepperoni pizza and an apple, and dinner was a cheeseburger and a glass of milk",
    expect: [
      dish(/cereal|cheerios/i, 200, 380, B), f(OJ, 200, 300, B), // 2 x 28 g cereal + ~1 cup milk
      dish(/pizza/i, 170, 360, L), fp(APPLE, P.apple, L),
      dp(/burger/i, D.burger, Dn), fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "retired man, 80",
    text: "Morning: a boiled egg, a slice of white toast with butter, tea with milk\nMidday: a bowl of chicken noodle soup and 2 crackers\nEvening: a pork chop, mashed potatoes, carrots\nBedtime: a glass of warm milk",
    expect: [
      f(EGG_BOILED, 45, 58, B), f(WHITE_BREAD, 20, 35, B), fp(BUTTER, P.butterSpread, B), fp(TEA, P.tea, B),
      fp(MILK, P.splashMilk, B),
      dp(/soup/i, D.soupBowl), f(CRACKERS, 5, 15), // 2 crackers, 3-6 g each
      fp(PORK_CHOP, P.porkChop1), f(MASHED_POTATO, 100, 250), f(CARROTS, 40, 160),
      fp(MILK, P.glassMilk),
    ],
  },
  {
    who: "vegetarian student",
    text: "Breakfast: a plain bagel with 2 tbsp cream cheese, a glass of OJ\nLunch: a bean and cheese burrito\nDinner: 1 cup cooked lentils, 1 cup brown rice, a cup of steamed broccoli\nSnack: 1 oz cheddar and an apple",
    expect: [
      f(BAGEL, 90, 120, B), f(CREAM_CHEESE, 26, 40, B), f(OJ, 200, 300, B), // 2 x 14.5 g
      dp(/burrito/i, D.burrito, L),
      f(LENTILS, 178, 218, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
      f(CHEDDAR, 25.5, 31.2, S), fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "Tokyo office worker",
    text: "Breakfast: a bowl of white rice, miso soup, a poached egg\nLunch: 1 cup cooked soba noodles and 3 oz grilled salmon\nDinner: chicken stir-fry and a bowl of white rice\nSnack: a cup of green tea",
    expect: [
      fp(WHITE_RICE_COOKED, P.bowlRice, B), dish(/miso|soup/i, 180, 400, B), f(EGG_POACHED, 45, 55, B),
      f(SOBA_COOKED, 103, 125, L), f(SALMON, 76, 94, L), // soba cup 114 g
      dp(/stir/i, D.stirFry, Dn), fp(WHITE_RICE_COOKED, P.bowlRice, Dn),
      f(GREEN_TEA, 213, 265, S),
    ],
  },
  {
    who: "warehouse shift worker",
    text: "- 6am: coffee, black\n- 10am: a blueberry muffin\n- 1pm: a can of tuna, drained, 2 slices of whole-wheat bread, an apple\n- 7pm: 2 cups of pasta, 1/2 cup tomato sauce",
    expect: [
      fp(COFFEE, P.coffee), f(BLUEBERRY_MUFFIN, 55, 140),
      f(TUNA_CANNED, 148, 196), f(WW_BREAD, 45, 70), fp(APPLE, P.apple),
      f(PASTA_COOKED, 193, 332), f(TOMATO_SAUCE, 110, 145),
    ],
  },
  {
    who: "care-home resident",
    text: "Breakfast\n1 boiled egg\n1 slice whole-wheat toast\n1/2 cup orange juice\n\nLunch\n1 cup vegetable soup\n\nDinner\n3 oz roast chicken\n1/2 cup mashed potatoes\n1/2 cup green beans\n1 glass of milk",
    expect: [
      f(EGG_BOILED, 45, 58, B), f(WW_BREAD, 22, 36, B), f(OJ, 112, 137, B), // 1/2 cup 124 g
      dish(/soup/i, 215, 275, L),
      f(CHICKEN, 76, 94, Dn), f(MASHED_POTATO, 94, 116, Dn), f(GREEN_BEANS, 45, 69, Dn), // 105 g; 50-62.5 g
      fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "bodybuilder",
    text: "meal 1: 6 egg whites and 1 cup oatmeal\nmeal 2: 200g chicken breast, 1 cup white rice\nmeal 3: 8 oz sirloin steak, a medium baked potato, 1 cup steamed broccoli\nbefore bed: 1 cup cottage cheese",
    expect: [
      f(EGG_WHITE, 178, 218), f(OATMEAL_COOKED, 210, 258), // 6 x 33 g; cup 234 g
      f(CHICKEN_BREAST, 180, 220), f(WHITE_RICE_COOKED, 142, 205),
      f(SIRLOIN, 204, 250), f(BAKED_POTATO, 150, 190), f(BROCCOLI_COOKED, 140, 172),
      f(COTTAGE, 190, 250), // cup 210-226 g
    ],
  },
  {
    who: "Ghanaian student",
    text: "Breakfast: tea with milk, 2 slices of white bread with butter\nLunch: 1 cup white rice, 1 cup black-eyed peas, 1 cup fried plantain\nDinner: a bowl of okra soup and a chicken drumstick",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 45, 64, B), fp(BUTTER, P.butterSpread, B),
      f(WHITE_RICE_COOKED, 142, 205, L), f(BLACK_EYED_PEAS, 154, 188, L), f(PLANTAIN_COOKED, 106, 186, L),
      dp(/soup/i, D.soupBowl, Dn), f(CHICKEN_DRUMSTICK, 45, 115, Dn),
    ],
  },
  {
    who: "Cantonese grandfather",
    text: "breakfast: a cup of soy milk and a boiled egg\nlunch: a bowl of white rice, 1 cup cooked bok choy, 3 oz shrimp\ndinner: 4 oz tofu, 1 cup cooked spinach, a bowl of rice\nsnack: an orange",
    expect: [
      f(SOY_MILK, 219, 267, B), f(EGG_BOILED, 45, 58, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f(BOK_CHOY_COOKED, 153, 187, L), f(SHRIMP, 76, 94, L),
      f([...TOFU_FIRM, "16127", "16427"], 102, 125, Dn), f(SPINACH_COOKED, 162, 198, Dn),
      fp(WHITE_RICE_COOKED, P.bowlRice, Dn),
      fp(ORANGE, P.orange, S),
    ],
  },
  {
    who: "vegan runner",
    text: "Breakfast: a smoothie with banana, spinach and almond milk\nLunch: a cup of black beans, a cup of brown rice, salsa\nDinner: 1 cup quinoa, 1 cup roasted sweet potato\nSnack: 2 tbsp peanut butter and an apple",
    expect: [
      dp(/smoothie/i, D.smoothie, B),
      f(BLACK_BEANS, 155, 190, L), f(BROWN_RICE_COOKED, 175, 222, L), f(SALSA, 15, 70, L), // 2 tbsp 36 g .. 1/4 cup
      f(QUINOA_COOKED, 166, 204, Dn), f(["11508", "11875"], 180, 220, Dn), // baked sweet potato cup 200 g
      f(PEANUT_BUTTER, 29, 36, S), fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "college student",
    text: "had a coke and a slice of pepperoni pizza for lunch then a bag of chips and later for dinner 2 chicken tacos and a sprite",
    expect: [
      fp(COLA, P.can, L), dp(/pizza/i, D.pizzaSlice, L),
      f(POTATO_CHIPS, 23, 50),
      dish(/taco/i, 140, 300, Dn), fp(LEMON_LIME, P.can, Dn),
    ],
  },
  {
    who: "older man with type 2 diabetes",
    text: "Breakfast: 1 cup oatmeal, 1/2 cup skim milk, 1/2 cup blueberries\nLunch: a turkey sandwich on whole-wheat bread and a pear\nDinner: 4 oz baked cod, 1 cup cooked green beans, a small baked potato\nSnack: 1/2 cup cottage cheese",
    expect: [
      f(OATMEAL_COOKED, 210, 258, B), f(SKIM, 110, 135, B), f(BLUEBERRIES, 67, 81, B), // 234 g; 122.5 g; 74 g
      dp(/sandwich/i, D.sandwich, L), f(PEAR, 145, 210, L),
      f(COD, 102, 125, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn), f(BAKED_POTATO, 124, 152, Dn), // small 138 g
      f(COTTAGE, 95, 125, S),
    ],
  },
  {
    who: "parent of two",
    text: "• Breakfast: 2 waffles with syrup, a glass of milk\n• Lunch: PB&J, an apple, a juice box\n• Dinner: spaghetti with meat sauce, a side salad\n• Snack: 2 oreos",
    expect: [
      f(WAFFLES, 60, 160, B), f(SYRUP, 15, 85, B), fp(MILK, P.glassMilk, B),
      dish(/pb|peanut|jelly|sandwich/i, 85, 150, L), fp(APPLE, P.apple, L),
      f([...APPLE_JUICE, ...OJ], 190, 275, L), // drink box 8.45 fl oz = 262-263 g
      dp(/spaghetti/i, D.spaghettiSauce, Dn), dp(/salad/i, D.sideSalad, Dn),
      f(OREO, 20, 27, S),
    ],
  },
  {
    who: "keto dieter",
    text: "breakfast: 3 fried eggs, 3 slices of bacon\nlunch: a cobb salad\ndinner: 8 oz sirloin steak and 1 cup steamed broccoli with butter",
    expect: [
      f(EGG_FRIED, 124, 152, B), f(BACON, 22, 36, B), // 3 x 46 g; 3 x 8-11.5 g
      dish(/salad/i, 200, 500, L),
      f(SIRLOIN, 204, 250, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), fp(BUTTER, P.butterSpread, Dn),
    ],
  },
  {
    who: "Gujarati vegetarian",
    text: "Breakfast: a cup of tea with milk and 2 rotis\nLunch: 1 cup chickpeas, 1 cup white rice, 1 cup plain yogurt\nDinner: 2 rotis, 1 cup cooked okra, 1 cup cooked lentils\nSnack: a handful of almonds",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(ROTI, 80, 140, B),
      f(CHICKPEAS, 137, 180, L), f(WHITE_RICE_COOKED, 142, 205, L), f(PLAIN_YOGURT, 220, 270, L),
      f(ROTI, 80, 140, Dn), f(OKRA_COOKED, 144, 176, Dn), f(LENTILS, 178, 218, Dn),
      f(ALMONDS, 20, 40, S),
    ],
  },
  {
    // Britain: "chips" are french fries, "crisps" are potato chips, a rasher is a slice of bacon.
    who: "Yorkshire builder",
    text: "Breakfast: 2 sausages, 2 rashers of bacon, 2 fried eggs, half a tin of baked beans, a slice of toast and a mug of tea with milk\nLunch: a cheese sandwich and a bag of crisps\nDinner: a cod fillet and a portion of chips",
    expect: [
      f(SAUSAGE, 40, 120, B), f(BACON, 15, 50, B), f(EGG_FRIED, 80, 110, B),
      f(BAKED_BEANS, 170, 240, B), // UK tin 415 g -> ~207 g
      fp(BREAD, P.toast1, B), f(TEA, 230, 360, B), fp(MILK, P.splashMilk, B),
      dp(/sandwich/i, D.sandwich, L), f(POTATO_CHIPS, 23, 50, L),
      fp(COD, P.codFillet, Dn), f(FRIES, 100, 300, Dn),
    ],
  },
  {
    who: "Tex-Mex home cook",
    text: "breakfast: 2 flour tortillas, 2 scrambled eggs, 1/4 cup salsa\nlunch: a bean and cheese burrito and a diet coke\ndinner: 1 cup pinto beans, 1 cup white rice, 1/2 avocado\ndessert: a mango",
    expect: [
      f(FLOUR_TORTILLA, 56, 150, B), f([...EGG_SCRAMBLED, ...EGG_RAW], 100, 140, B), f(SALSA, 58, 72, B), // 1/4 cup 65 g
      dp(/burrito/i, D.burrito, L), f(DIET_COLA, 320, 500, L),
      f(PINTO_BEANS, 154, 188, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn), f(AVOCADO, 60, 115, Dn),
      f(MANGO, 200, 370),
    ],
  },
  {
    who: "Brazilian student",
    text: "Breakfast: a coffee with milk, a slice of white bread with butter, a slice of ham\nLunch: 1 cup white rice, 1 cup black beans, 6 oz grilled chicken breast, 2 cups mixed salad greens\nDinner: a ham and cheese sandwich and a glass of orange juice",
    expect: [
      fp(COFFEE, P.coffee, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 20, 35, B), fp(BUTTER, P.butterSpread, B),
      f(HAM, 20, 31, B),
      f(WHITE_RICE_COOKED, 142, 205, L), f(BLACK_BEANS, 155, 190, L), f(CHICKEN_BREAST, 153, 187, L),
      f(SALAD_GREENS, 50, 120, L),
      dp(/sandwich/i, D.sandwich, Dn), f(OJ, 200, 300, Dn),
    ],
  },
  {
    who: "pregnant teacher",
    text: "Breakfast: a bowl of cheerios with milk, a glass of OJ\nMid-morning snack: a pot of greek yogurt and a handful of walnuts\nLunch: a turkey sandwich, 10 baby carrots, a glass of milk\nDinner: a salmon fillet, 1 cup brown rice, 1 cup steamed broccoli\nBefore bed: a glass of milk",
    expect: [
      dish(/cereal|cheerios/i, 150, 320, B), f(OJ, 200, 300, B),
      f(GREEK_PLAIN, 140, 220, S), f(WALNUTS, 20, 40, S),
      dp(/sandwich/i, D.sandwich, L), f(BABY_CARROTS, 90, 110, L), fp(MILK, P.glassMilk, L),
      fp(SALMON, P.salmonFillet, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
      fp(MILK, P.glassMilk),
    ],
  },
  {
    who: "teen gamer",
    text: "ate 2 slices of pepperoni pizza, a bag of chips, 2 cans of coke and a chocolate bar",
    expect: [dish(/pizza/i, 170, 360), f(POTATO_CHIPS, 23, 50), f(COLA, 660, 820), f(MILK_CHOCOLATE, 35, 55)], // 2 x 370 g
  },
  {
    who: "New York retiree",
    text: "Breakfast: a bagel with cream cheese and lox\nLunch: a bowl of matzo ball soup\nDinner: roast chicken, a baked potato, green beans\nSnack: a cup of tea",
    expect: [
      f(BAGEL, 90, 120, B), f(CREAM_CHEESE, 14, 45, B), f(LOX, 25, 90, B), // 1-3 tbsp; 1-3 oz
      dp(/soup/i, D.soupBowl, L),
      f(CHICKEN, 85, 200, Dn), f(BAKED_POTATO, 138, 300, Dn), f(GREEN_BEANS, 60, 140, Dn),
      f(TEA, 213, 261, S),
    ],
  },
  {
    who: "vegetarian triathlete",
    text: "Pre-workout: a banana and a double espresso\nBreakfast: a 3-egg omelette with spinach and feta\nLunch: 1 cup quinoa, 1 cup chickpeas, half an avocado\nDinner: 2 cups cooked whole-wheat spaghetti with tomato sauce",
    expect: [
      fp(BANANA, P.banana), f(ESPRESSO, 50, 70),
      dish(/omelet/i, 150, 300, B),
      f(QUINOA_COOKED, 166, 204, L), f(CHICKPEAS, 137, 180, L), f(AVOCADO, 60, 115, L),
      dish(/spaghetti/i, 280, 600, Dn), // 2 x 117-151 g + sauce
    ],
  },
  {
    who: "dieter on 1,200 kcal",
    text: "Breakfast: 1 cup of black coffee and a hard-boiled egg\nLunch: 2 cups mixed salad greens, 1 can of tuna, drained, 1 tbsp olive oil\nDinner: 4 oz grilled chicken breast, 1 cup steamed broccoli, 1/2 cup brown rice\nSnack: an apple",
    expect: [
      f(COFFEE, 213, 261, B), f(EGG_BOILED, 45, 58, B),
      f(SALAD_GREENS, 50, 120, L), f(TUNA_CANNED, 148, 196, L), f(OLIVE_OIL, 12.1, 14.9, L),
      f(CHICKEN_BREAST, 102, 125, Dn), f(BROCCOLI_COOKED, 140, 172, Dn), f(BROWN_RICE_COOKED, 88, 111, Dn),
      fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "student who skipped breakfast",
    text: "woke up late so just a latte, then a croissant around 11, then a turkey sandwich at 2 and a bowl of chicken noodle soup for dinner",
    expect: [dp(/latte/i, D.latte), f(CROISSANT, 50, 65), dp(/sandwich/i, D.sandwich), dp(/soup/i, D.soupBowl, Dn)],
  },
  {
    who: "retired engineer, one food per line",
    text: "2 eggs\n2 slices of toast\n1 tbsp butter\n1 cup of coffee\n1 banana",
    expect: [
      f(EGG_ANY, 88, 130), // 2 large: 100 g raw, 92 fried, 122 scrambled
      fp(BREAD, P.toast2), f(BUTTER, 12.8, 15.6), f(COFFEE, 213, 261), fp(BANANA, P.banana),
    ],
  },
  {
    who: "Italian widower",
    text: "Lunch: 1 cup cooked pasta, 2 tbsp grated parmesan, a glass of red wine\nDinner: a bowl of minestrone and a slice of italian bread\nSnack: a pear",
    expect: [
      f(PASTA_COOKED, 95, 166, L), f(PARMESAN, 9, 11, L), fp(RED_WINE, P.wineGlass, L),
      dish(/minestrone|soup/i, 240, 500, Dn), f(ITALIAN_BREAD, 15, 35, Dn),
      f(PEAR, 145, 210, S),
    ],
  },
  {
    who: "Jordanian mother",
    text: "Breakfast: 2 boiled eggs, a pita, 1 oz feta, a cup of tea\nLunch: 4 oz lamb, 1 cup white rice, 1 cup plain yogurt\nDinner: 3 falafel, 1/4 cup hummus, a tomato\nSnack: 3 medjool dates",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(PITA, 54, 70, B), f(FETA, 25.5, 31.2, B), f(TEA, 213, 261, B),
      f(LAMB, 102, 125, L), f(WHITE_RICE_COOKED, 142, 205, L), f(PLAIN_YOGURT, 220, 270, L),
      f(FALAFEL, 45, 57, Dn), f(HUMMUS, 55, 68, Dn), f(TOMATO, 90, 150, Dn),
      f(MEDJOOL, 65, 80, S),
    ],
  },
  {
    who: "marathoner carb-loading",
    text: "Dinner was 3 cups of pasta and 2 slices of bread, then a banana at 9pm",
    expect: [f(PASTA_COOKED, 290, 500, Dn), fp(BREAD, P.toast2, Dn), fp(BANANA, P.banana)], // 3 x 107-151 g
  },
  {
    who: "office worker",
    text: "at dinner I had a chicken breast, a medium baked potato and 1 cup of peas",
    expect: [fp(CHICKEN_BREAST, P.chickenBreast, Dn), f(BAKED_POTATO, 150, 190, Dn), f(PEAS, 144, 176, Dn)],
  },
  {
    who: "accountant",
    text: "for lunch I had a tuna sandwich, an apple and a diet coke; dinner was salmon, rice and broccoli",
    expect: [
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L), f(DIET_COLA, 320, 500, L),
      fp(SALMON, P.salmonFillet, Dn), fp(WHITE_RICE_COOKED, P.rice, Dn), f(BROCCOLI, 60, 180, Dn),
    ],
  },
  {
    who: "barista",
    text: "morning: a latte and a blueberry muffin. afternoon: a granola bar. evening: a cheeseburger and a coke",
    expect: [
      dp(/latte/i, D.latte, B), f(BLUEBERRY_MUFFIN, 55, 140, B),
      f(GRANOLA_BAR, 20, 45),
      dp(/burger/i, D.burger), fp(COLA, P.can),
    ],
  },
  {
    who: "vegan, Japanese food",
    text: "Breakfast: a cup of soy milk and a banana\nLunch: a bowl of white rice, 4 oz tofu, 1 cup cooked bok choy\nDinner: 1 cup cooked soba noodles, 1 cup edamame",
    expect: [
      f(SOY_MILK, 219, 267, B), fp(BANANA, P.banana, B),
      fp(WHITE_RICE_COOKED, P.bowlRice, L), f([...TOFU_FIRM, "16127", "16427"], 102, 125, L),
      f(BOK_CHOY_COOKED, 153, 187, L),
      f(SOBA_COOKED, 103, 125, Dn), f(EDAMAME, 140, 171, Dn),
    ],
  },
  {
    who: "sophomore",
    text: "snack - a handful of almonds and a granola bar\nlunch - 2 slices of cheese pizza\ndinner - mac and cheese and a coke",
    expect: [
      f(ALMONDS, 20, 40, S), f(GRANOLA_BAR, 20, 45, S),
      dish(/pizza/i, 170, 360, L),
      f(MAC_AND_CHEESE, 130, 300, Dn), fp(COLA, P.can, Dn),
    ],
  },
  {
    who: "schoolchild's lunchbox",
    text: "Lunch: a ham sandwich, a cup of grapes, a bag of crisps and a carton of milk",
    expect: [
      dp(/sandwich/i, D.sandwich, L), f(GRAPES, 136, 166, L), f(POTATO_CHIPS, 23, 50, L),
      f(MILK, 200, 270, L), // school carton = half pint, 244 g
    ],
  },
  {
    who: "Ramadan, Egyptian family",
    text: "Iftar: 3 medjool dates, a glass of milk, a bowl of lentil soup, 4 oz lamb, 1 cup white rice",
    expect: [
      f(MEDJOOL, 65, 80), fp(MILK, P.glassMilk), dp(/soup/i, D.soupBowl), f(LAMB, 102, 125),
      f(WHITE_RICE_COOKED, 142, 205),
    ],
  },
  {
    who: "family doctor",
    text: "Breakfast: an english muffin with 1 tbsp peanut butter, a coffee\nLunch: a greek salad\nDinner: 6 oz shrimp, 1 cup brown rice, 1 cup cooked green beans\nSnack: 1/2 cup vanilla ice cream",
    expect: [
      f(ENGLISH_MUFFIN, 47, 70, B), f(PEANUT_BUTTER, 14.4, 18, B), fp(COFFEE, P.coffee, B), // tbsp 16 g
      dish(/salad/i, 150, 400, L),
      f(SHRIMP, 153, 187, Dn), f(BROWN_RICE_COOKED, 175, 222, Dn), f(GREEN_BEANS_COOKED, 112, 138, Dn),
      f(ICE_CREAM, 59, 73, S),
    ],
  },
  {
    who: "teenage girl",
    text: "Breakfast: a strawberry banana smoothie\nLunch: a caesar salad and a sprite\nDinner: 2 chicken tacos\nSnack: 3 cups popcorn",
    expect: [
      dp(/smoothie/i, D.smoothie, B),
      dish(/salad/i, 150, 400, L), fp(LEMON_LIME, P.can, L),
      dish(/taco/i, 140, 300, Dn),
      f(POPCORN, 21, 37, S),
    ],
  },
  {
    who: "Iowa farmer",
    text: "Breakfast: 3 pancakes with maple syrup, 2 sausages, coffee\nLunch: a ham and cheese sandwich, an apple\nSupper: a pork chop, mashed potatoes, an ear of corn, a glass of milk",
    expect: [
      f(PANCAKES, 100, 240, B), f(SYRUP, 20, 85, B), f(SAUSAGE, 40, 100, B), fp(COFFEE, P.coffee, B),
      dp(/sandwich/i, D.sandwich, L), fp(APPLE, P.apple, L),
      fp(PORK_CHOP, P.porkChop1, Dn), f(MASHED_POTATO, 100, 250, Dn), f(CORN_COB, 85, 120, Dn),
      fp(MILK, P.glassMilk, Dn),
    ],
  },
  {
    who: "vegan who misses dairy",
    text: "Breakfast: a glass of oat milk and a banana\nLunch: 1 cup black beans and 1 cup brown rice\nSnack: coconut yogurt",
    expect: [
      missing(/oat milk/i), fp(BANANA, P.banana, B),
      f(BLACK_BEANS, 155, 190, L), f(BROWN_RICE_COOKED, 175, 222, L),
      missing(/coconut yog/i),
    ],
  },
  {
    who: "Scottish pensioner",
    text: "breakfast: porridge with milk and a cup of tea\nlunch: a bowl of lentil soup and a slice of whole-wheat bread\ndinner: a salmon fillet, boiled potatoes, peas\nsnack: an apple",
    expect: [
      dp(/porridge|oat/i, D.porridgeWithMilk, B), fp(TEA, P.tea, B),
      dp(/soup/i, D.soupBowl, L), f(WW_BREAD, 22, 36, L),
      fp(SALMON, P.salmonFillet, Dn), f(BOILED_POTATO, 130, 350, Dn), fp(PEAS, P.peas, Dn),
      fp(APPLE, P.apple, S),
    ],
  },
  {
    who: "Hong Kong accountant",
    text: "breakfast: a cup of tea with milk and a slice of white toast with butter\nlunch: 6 pieces of salmon sushi\ndinner: chicken stir-fry, a bowl of white rice, a cup of green tea",
    expect: [
      fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B), f(WHITE_BREAD, 17, 35, B), fp(BUTTER, P.butterSpread, B),
      dp(/sushi/i, D.sushi6, L),
      dp(/stir/i, D.stirFry, Dn), fp(WHITE_RICE_COOKED, P.bowlRice, Dn), f(GREEN_TEA, 213, 265, Dn),
    ],
  },
  {
    who: "Californian yoga teacher",
    text: "Breakfast: 1 cup plain greek yogurt, 1/2 cup granola, 1 cup blueberries\nLunch: 2 cups mixed salad greens, half an avocado, 1 cup quinoa, 1 tbsp olive oil\nDinner: 6 oz grilled salmon and 1 cup steamed broccoli",
    expect: [
      f(GREEK_PLAIN, 200, 270, B), // 8 fl oz cup 245 g; a 7 oz container is 200 g
      f(GRANOLA, 40, 66, B), f(BLUEBERRIES, 133, 163, B),
      f(SALAD_GREENS, 50, 120, L), f(AVOCADO, 60, 115, L), f(QUINOA_COOKED, 166, 204, L), f(OLIVE_OIL, 12.1, 14.9, L),
      f(SALMON, 153, 187, Dn), f(BROCCOLI_COOKED, 140, 172, Dn),
    ],
  },
  {
    who: "Jamaican nurse",
    text: "Breakfast: 2 boiled eggs, a slice of white toast, a cup of tea with milk\nLunch: 2 chicken thighs, 1 cup white rice, 1 cup kidney beans\nDinner: 1 cup fried plantain and a cup of cooked spinach",
    expect: [
      f(EGG_BOILED, 90, 115, B), f(WHITE_BREAD, 17, 35, B), fp(TEA, P.tea, B), fp(MILK, P.splashMilk, B),
      f(CHICKEN_THIGH, 170, 280, L), f(WHITE_RICE_COOKED, 142, 205, L), f(KIDNEY_BEANS, 159, 195, L),
      f(PLANTAIN_COOKED, 106, 186, Dn), f(SPINACH_COOKED, 162, 198, Dn),
    ],
  },
  {
    who: "grad student, run-on",
    text: "coffee and a bagel then a burrito for lunch and then some chips and then for dinner a cup of lentil soup and 2 slices of bread",
    expect: [
      fp(COFFEE, P.coffee), f(BAGEL, 90, 120),
      dp(/burrito/i, D.burrito, L), f(POTATO_CHIPS, 20, 60),
      dish(/soup/i, 215, 275, Dn), fp(BREAD, P.toast2, Dn),
    ],
  },
  {
    who: "Filipino nurse",
    text: "Breakfast: a cup of white rice, 2 fried eggs, coffee with milk\nLunch: 2 chicken drumsticks and a cup of white rice\nDinner: 3 oz shrimp, 1 cup cooked bok choy, a cup of white rice\nMerienda: a banana",
    expect: [
      f(WHITE_RICE_COOKED, 142, 205, B), f(EGG_FRIED, 80, 110, B), fp(COFFEE, P.coffee, B), fp(MILK, P.splashMilk, B),
      f(CHICKEN_DRUMSTICK, 90, 230, L), f(WHITE_RICE_COOKED, 142, 205, L),
      f(SHRIMP, 76, 94, Dn), f(BOK_CHOY_COOKED, 153, 187, Dn), f(WHITE_RICE_COOKED, 142, 205, Dn),
      fp(BANANA, P.banana),
    ],
  },
  {
    who: "cyclist, grams",
    text: "Breakfast: 80 g dry oats, 300 ml whole milk, 1 banana\nLunch: 150 g cooked white rice, 150 g chicken breast\nDinner: 250 g cooked pasta, 125 g tomato sauce, 20 g parmesan",
    expect: [
      f(OATS_DRY, 72, 88, B), f(WHOLE_MILK, 278, 340, B), fp(BANANA, P.banana, B), // 300 ml x 1.03 = 309 g
      f(WHITE_RICE_COOKED, 135, 165, L), f(CHICKEN_BREAST, 135, 165, L),
      f(PASTA_COOKED, 225, 275, Dn), f(TOMATO_SAUCE, 112, 138, Dn), f(PARMESAN, 18, 22, Dn),
    ],
  },
  {
    who: "German engineer",
    text: "Breakfast: 2 slices of rye bread with 2 slices of swiss cheese and coffee\nLunch: a pork chop with boiled potatoes and a beer\nDinner: 2 slices of rye bread and 2 slices of ham",
    expect: [
      f(["18060", "18061", "18044", "18045"], 40, 70, B), // rye slice 24-32 g
      f(SWISS, 50, 62, B), fp(COFFEE, P.coffee, B),
      fp(PORK_CHOP, P.porkChop1, L), f(BOILED_POTATO, 130, 350, L), fp(BEER, P.beer, L),
      f(["18060", "18061", "18044", "18045"], 40, 70, Dn), f(HAM, 40, 62, Dn),
    ],
  },
  {
    who: "night owl",
    text: "Dinner: 4 oz cooked ground beef, 2 corn tortillas, 1/4 cup salsa, 1 oz cheddar\nLate snack: a bowl of cereal with milk",
    expect: [
      f(GROUND_BEEF, 102, 125, Dn), f(CORN_TORTILLA, 43, 57, Dn), f(SALSA, 58, 72, Dn), f(CHEDDAR, 25.5, 31.2, Dn),
      dp(/cereal/i, D.cerealWithMilk, S),
    ],
  },
];

const CASES: Case[] = [...SINGLE, ...DAYS];

// ---------------------------------------------------------------------------------------------------------
// Matching
// ---------------------------------------------------------------------------------------------------------
type Slot = { id: string; covers: number[] };

const inRange = (g: number, [lo, hi]: [number, number]) => Number.isFinite(g) && g >= lo - 1e-9 && g <= hi + 1e-9;
const recipeOf = (e: Entry): string | null => (typeof e.recipe === "string" && e.recipe.length > 0 ? e.recipe : null);

function describeExpect(x: Expect): string {
  if ("ids" in x) {
    const ids = x.ids.length > 6 ? `${x.ids.slice(0, 6).join(",")},… (${x.ids.length} ids)` : x.ids.join(",");
    return `food [${ids}] ${x.grams[0]}-${x.grams[1]} g${x.meal !== undefined ? ` meal=${x.meal}` : ""}`;
  }
  if ("dish" in x) return `dish ${x.dish} ${x.grams[0]}-${x.grams[1]} g${x.meal !== undefined ? ` meal=${x.meal}` : ""}`;
  return `unmatched or low-confidence ${x.unmatchedOrLow}`;
}

function describeParsed(p: Parsed): string {
  const lines = p.entries.map(
    (e, i) =>
      `  [${i}] ${e.foodId} ${e.name} | ${Math.round(e.grams * 10) / 10} g | meal=${e.meal ?? "null"} | recipe=${
        recipeOf(e) ?? "null"
      } | ${e.confidence ?? "?"} | "${e.text}"${e.note ? ` | note: ${e.note}` : ""}`,
  );
  return `entries got:\n${lines.join("\n") || "  (none)"}\nunmatched: ${JSON.stringify(p.unmatched)}`;
}

function checkCase(c: Case): { ok: boolean; message: string } {
  let parsed: Parsed;
  try {
    parsed = parse(c.text);
  } catch (err) {
    return { ok: false, message: `${c.who}: ${JSON.stringify(c.text)}\nparseMeals threw: ${String(err)}` };
  }
  const entries = parsed.entries ?? [];
  const unmatched = parsed.unmatched ?? [];

  const plain: Slot[] = [];
  const dishes = new Map<string, Slot & { recipe: string }>();
  entries.forEach((e, i) => {
    const recipe = recipeOf(e);
    if (recipe === null) {
      plain.push({ id: `e${i}`, covers: [i] });
      return;
    }
    const key = `${recipe}\u0000${e.meal ?? ""}`;
    const slot = dishes.get(key) ?? { id: `d:${key}`, covers: [], recipe };
    slot.covers.push(i);
    dishes.set(key, slot);
  });

  const candidates = (x: Expect): Slot[] => {
    if ("ids" in x) {
      return plain.filter((s) => {
        const e = entries[s.covers[0]!]!;
        return x.ids.includes(e.foodId) && inRange(e.grams, x.grams) && (x.meal === undefined || e.meal === x.meal);
      });
    }
    if ("dish" in x) {
      return [...dishes.values()].filter((d) => {
        const grams = d.covers.reduce((sum, i) => sum + entries[i]!.grams, 0);
        const mealOk = x.meal === undefined || d.covers.every((i) => entries[i]!.meal === x.meal);
        return x.dish.test(d.recipe) && inRange(grams, x.grams) && mealOk;
      });
    }
    const fromUnmatched = unmatched.flatMap((u, i) => (x.unmatchedOrLow.test(u) ? [{ id: `u${i}`, covers: [] }] : []));
    const fromLow = plain.filter((s) => {
      const e = entries[s.covers[0]!]!;
      return x.unmatchedOrLow.test(e.text) && e.confidence === "low" && typeof e.note === "string" && e.note.length > 0;
    });
    return [...fromUnmatched, ...fromLow];
  };

  const order = c.expect.map((x, k) => ({ x, k, cands: candidates(x) })).sort((a, b) => a.cands.length - b.cands.length);
  const used = new Set<string>();
  const covered = new Array<number>(entries.length).fill(0);
  let steps = 0;
  const search = (n: number): boolean => {
    if (++steps > 200_000) return false;
    if (n === order.length) return covered.every((k) => k > 0);
    for (const slot of order[n]!.cands) {
      if (used.has(slot.id)) continue;
      used.add(slot.id);
      slot.covers.forEach((i) => covered[i]!++);
      if (search(n + 1)) return true;
      slot.covers.forEach((i) => covered[i]!--);
      used.delete(slot.id);
    }
    return false;
  };
  if (search(0)) return { ok: true, message: "" };

  const missing = order.filter((o) => o.cands.length === 0).map((o) => `  - ${describeExpect(o.x)}`);
  const all = c.expect.map((x) => `  - ${describeExpect(x)}`);
  const why =
    missing.length > 0
      ? `no entry for:\n${missing.join("\n")}`
      : `every expectation has a candidate, but not with distinct entries covering all ${entries.length} entries (a leftover entry is a food that was not said)`;
  return {
    ok: false,
    message: `${c.who}: ${JSON.stringify(c.text)}\n${why}\nexpected:\n${all.join("\n")}\n${describeParsed({ entries, unmatched })}`,
  };
}

const label = (c: Case) => `${c.who}: ${c.text.replace(/\s*\n\s*/g, " / ")}`.slice(0, 150);

// ---------------------------------------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------------------------------------
describe("parseMeals corpus: each case", () => {
  it.each(CASES.map((c) => [label(c), c] as const))("%s", (_name, c) => {
    const r = checkCase(c);
    expect(r.ok, r.message).toBe(true);
  });
});

describe("parseMeals corpus: properties", () => {
  const texts = [...new Set(CASES.map((c) => c.text))];

  it("every entry has confidence high|low, at most 3 alternatives, none equal to its own food", () => {
    const problems: string[] = [];
    for (const text of texts) {
      let parsed: Parsed;
      try {
        parsed = parse(text);
      } catch (err) {
        problems.push(`${JSON.stringify(text)}: threw ${String(err)}`);
        continue;
      }
      for (const e of parsed.entries) {
        if (e.confidence !== "high" && e.confidence !== "low") problems.push(`${JSON.stringify(e.text)}: confidence ${String(e.confidence)}`);
        if (!Array.isArray(e.alternatives)) problems.push(`${JSON.stringify(e.text)}: alternatives missing`);
        else {
          if (e.alternatives.length > 3) problems.push(`${JSON.stringify(e.text)}: ${e.alternatives.length} alternatives`);
          if (e.alternatives.some((a) => a.foodId === e.foodId)) problems.push(`${JSON.stringify(e.text)}: alternative repeats ${e.foodId}`);
        }
        if (e.confidence === "low" && !e.note) problems.push(`${JSON.stringify(e.text)}: low confidence without a note`);
        if (!(e.grams > 0)) problems.push(`${JSON.stringify(e.text)}: grams ${e.grams}`);
      }
    }
    expect(problems.slice(0, 40), `${problems.length} problems`).toEqual([]);
  });

  it('"rice" is cooked rice; "raw", "uncooked" and "dry" rice is raw', () => {
    const one = (text: string) => {
      const p = parse(text);
      expect(p.entries, `${text}\n${describeParsed(p)}`).toHaveLength(1);
      return p.entries[0]!;
    };
    const RAW = [...WHITE_RICE_RAW, "20036", "20040"]; // + brown raw
    for (const text of ["rice", "1 cup of rice", "1 cup rice", "a bowl of rice", "1 cup cooked rice"]) {
      const e = one(text);
      expect(RICE_COOKED, `${text} -> ${e.foodId} ${e.name}`).toContain(e.foodId);
    }
    for (const text of ["1 cup raw rice", "1 cup uncooked rice", "1 cup dry rice", "1 cup of uncooked white rice"]) {
      const e = one(text);
      expect(RAW, `${text} -> ${e.foodId} ${e.name}`).toContain(e.foodId);
      expect(e.grams, `${text}: SR28 raw rice cup 185-200 g`).toBeGreaterThanOrEqual(166);
      expect(e.grams).toBeLessThanOrEqual(220);
    }
    const cup = one("1 cup cooked rice");
    expect(cup.grams, "cooked rice cup 158-186 g").toBeGreaterThanOrEqual(142);
    expect(cup.grams).toBeLessThanOrEqual(205);
  });

  it("text that is only meal labels or punctuation gives no entries and no food in unmatched", () => {
    for (const text of ["Breakfast: Lunch: Dinner:", "...", "- - -", "Breakfast:\nLunch:\nDinner:\nSnack:", "  ,  ;  ", "lunch -"]) {
      const p = parse(text);
      expect(p.entries, `${JSON.stringify(text)}\n${describeParsed(p)}`).toEqual([]);
      const leftover = p.unmatched
        .map((u) => u.toLowerCase().replace(/\b(breakfast|lunch|dinner|snacks?)\b/g, "").replace(/[\s\p{P}\p{S}]+/gu, ""))
        .filter((u) => u.length > 0);
      expect(leftover, `${JSON.stringify(text)}: unmatched ${JSON.stringify(p.unmatched)}`).toEqual([]);
    }
  });

  it("a qualifier after a comma refines the food before it and makes no second entry", () => {
    const cases: Array<[string, string[]]> = [
      ["1 cup milk, fat-free", SKIM],
      ["3 oz beef, eye of the round", EYE_ROUND],
      ["a can of tuna, drained", TUNA_CANNED],
      ["1 cup red lentils, cooked", LENTILS],
      ["coffee, black", COFFEE],
      ["2 eggs, scrambled", [...EGG_SCRAMBLED, ...EGG_RAW]],
      ["1 cup yogurt, plain, low-fat", ["01117"]],
      ["chicken breast, grilled, 4 oz", CHICKEN_BREAST],
      ["1 cup rice, uncooked", [...WHITE_RICE_RAW, "20036", "20040"]],
    ];
    for (const [text, ids] of cases) {
      const p = parse(text);
      expect(p.entries, `${text}\n${describeParsed(p)}`).toHaveLength(1);
      expect(ids, `${text} -> ${p.entries[0]!.foodId} ${p.entries[0]!.name}`).toContain(p.entries[0]!.foodId);
    }
  });

  it('"oat milk" and "coconut yogurt" never come back as a high-confidence different food', () => {
    const cases: Array<[string, RegExp]> = [
      ["oat milk", /oat/i],
      ["a glass of oat milk", /oat/i],
      ["1 cup oat milk", /oat/i],
      ["coconut yogurt", /coconut/i],
      ["150g coconut yogurt", /coconut/i],
      ["a pot of coconut yogurt", /coconut/i],
    ];
    for (const [text, re] of cases) {
      const p = parse(text);
      const msg = `${text}\n${describeParsed(p)}`;
      expect(p.entries.filter((e) => e.confidence !== "low"), msg).toEqual([]);
      const flagged = p.unmatched.some((u) => re.test(u)) || p.entries.some((e) => re.test(e.text) && !!e.note);
      expect(flagged, msg).toBe(true);
    }
  });

  it("entries carry meal null when the text gives no meal label", () => {
    for (const text of ["a banana", "2 eggs, scrambled", "coffee with a splash of milk", "a turkey sandwich", "2 pork chops and rice"]) {
      const p = parse(text);
      expect(p.entries.length, `${text}\n${describeParsed(p)}`).toBeGreaterThan(0);
      expect(p.entries.map((e) => e.meal), `${text}\n${describeParsed(p)}`).toEqual(p.entries.map(() => null));
    }
  });
});

describe("parseMeals corpus: pass rate", () => {
  it("runs every case and reports the pass rate", () => {
    const failed: string[] = [];
    for (const c of CASES) if (!checkCase(c).ok) failed.push(label(c));
    const passed = CASES.length - failed.length;
    const rate = `${passed}/${CASES.length} cases pass (${((100 * passed) / CASES.length).toFixed(1)} %)`;
    console.log(`[parse corpus] ${rate}`);
    expect(failed, `${rate}; failing:\n${failed.join("\n")}`).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------
// The corpus itself is well formed (does not depend on the parser)
// ---------------------------------------------------------------------------------------------------------
describe("parseMeals corpus: well formed", () => {
  it("has at least 170 cases, with sane ranges and real SR28 ids", async () => {
    const { default: table } = await import("@/data/foods.json");
    const known = new Set((table as { foods: Array<{ id: string }> }).foods.map((x) => x.id));
    expect(CASES.length).toBeGreaterThanOrEqual(170);
    const bad: string[] = [];
    for (const c of CASES) {
      if (c.expect.length === 0) bad.push(`${c.text}: no expectations`);
      for (const x of c.expect) {
        if ("grams" in x && !(x.grams[0] > 0 && x.grams[0] <= x.grams[1])) bad.push(`${c.text}: range ${x.grams.join("-")}`);
        if ("ids" in x) for (const id of x.ids) if (!known.has(id)) bad.push(`${c.text}: unknown id ${id}`);
      }
    }
    expect(bad).toEqual([]);
  }, 30_000); // importing the 2.7 MB table through Vite takes seconds on a busy machine
});
