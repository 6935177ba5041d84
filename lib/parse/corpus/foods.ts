// The corpus's shapes and its acceptable SR28 foods, by what a person means. Each list was read off
// usda-sr28-minerals.csv by hand (see parse.corpus.test.ts for the rules), not from the parser or its lexicon.

export type Meal = "breakfast" | "lunch" | "dinner" | "snacks";

// The shape parseMeals is meant to return. Read through this local type so the file typechecks against a
// parser that does not (yet) return every field.
export type Entry = {
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
export type Parsed = { entries: Entry[]; unmatched: string[] };

export type Expect =
  | { ids: string[]; grams: [number, number]; meal?: Meal | null }
  | { dish: RegExp; grams: [number, number]; meal?: Meal | null }
  | { unmatchedOrLow: RegExp };

export type Case = { text: string; expect: Expect[]; who: string };


// Fluid cow's milk. Cup = 244 g (01077, 01079, 01082), 245 g (01085 skim), 246 g (protein fortified).
export const WHOLE_MILK = ["01077", "01211", "01078"];
export const MILK_2 = ["01079", "01080", "01081", "01152", "01174"];
export const MILK_1 = ["01082", "01083", "01084"];
export const SKIM = ["01085", "01086", "01087", "01151"];
export const MILK = [...WHOLE_MILK, ...MILK_2, ...MILK_1, ...SKIM];
// Yogurt, unflavoured and flavoured (not frozen, not chocolate). Containers 150 g (Greek 5.3 oz), 170 g (6 oz),
// 200 g (Greek 7 oz), 227 g (8 oz); cup 245 g.
export const PLAIN_YOGURT = ["01116", "01117", "01118"];
export const GREEK_PLAIN = ["01256", "01287", "01293"];
export const YOGURT = [
  ...PLAIN_YOGURT, ...GREEK_PLAIN,
  "01119", "01120", "01121", "01122", "01184", "01203", "01216", "01217", "01218", "01219", "01220", "01221",
  "01231", "01275", "01276", "01278", "01280", "01281", "01284", "01285", "01286", "01294", "01295", "01297",
  "43261",
];
export const CHEDDAR = ["01009", "01260", "01265", "01270"]; // 1 oz = 28.35 g; slice (1 oz) = 28 g
export const SWISS = ["01040", "43589", "43405", "01266"]; // 1 slice (1 oz) = 28 g
export const FETA = ["01019"]; // 1 oz = 28.35 g
export const PARMESAN = ["01032", "01204", "01146", "43340", "01033"]; // grated 1 tbsp = 5 g
export const COTTAGE = ["01012", "01014", "01015", "01016", "42235", "43352"]; // 1/2 cup 105-113 g (4 oz = 113)
export const CREAM_CHEESE = ["01017", "43274", "01186"]; // 1 tbsp 14.5-18 g
export const BUTTER = ["01001", "01145", "01002"]; // pat 5 g, tbsp 14.2 g
export const EGG_RAW = ["01123"]; // large 50 g
export const EGG_SCRAMBLED = ["01132"]; // 1 large scrambled = 61 g
export const EGG_BOILED = ["01129"]; // 1 large = 50 g
export const EGG_FRIED = ["01128"]; // 1 large = 46 g
export const EGG_POACHED = ["01131"]; // 1 large = 50 g

// Fruit
export const BANANA = ["09040"]; // small 101, medium 118, large 136 g
export const APPLE = ["09003", "09004", "09500", "09501", "09502", "09503", "09504"]; // medium 161-212 g, large 200-260 g
export const ORANGE = ["09200", "09201", "09202", "09203"]; // 1 fruit 121-151 g
export const OJ = ["09206", "09207", "09209", "09210", "09211", "09212", "09215", "09506"]; // cup 248-249 g
export const APPLE_JUICE = ["09016"]; // cup 248 g
export const GRAPES = ["09132"]; // cup 151 g
export const BLUEBERRIES = ["09050"]; // cup 148 g
export const STRAWBERRIES = ["09316"]; // cup whole 144, halves 152, sliced 166 g
export const RAISINS = ["09298", "09297"]; // small box (1.5 oz) 43 g; cup (not packed) 145 g
export const MEDJOOL = ["09421"]; // 1 date 24 g
export const AVOCADO = ["09037", "09038", "09039"]; // whole 201 g (09037), 136 g (California)
export const MANGO = ["09176"]; // 1 fruit without refuse 336 g
export const PEAR = ["09252", "09412", "09413", "09414", "09415"]; // medium 157-202 g
export const KIWI = ["09148", "09520"]; // 1 fruit 69-81 g
export const WATERMELON = ["09326"]; // cup diced 152 g
export const PEACH = ["09236"]; // medium 150 g
export const CANTALOUPE = ["09181"]; // cup balls 177 g, cubes 160 g
export const GRAPEFRUIT = ["09111", "09112", "09113", "09114", "09116", "09117", "09118"]; // 1/2 fruit 123 g

// Vegetables
export const BROCCOLI_RAW = ["11090"]; // cup chopped 91 g
export const BROCCOLI_COOKED = ["11091", "11742"]; // 1/2 cup chopped 78 g -> cup 156 g
export const SPINACH_RAW = ["11457"]; // cup 30 g
export const SPINACH_COOKED = ["11458", "11854"]; // cup 180 g
// "Mixed salad greens": SR28 has no mix; a dietitian enters a lettuce, spinach or arugula.
// Cup: green leaf 36, red leaf 28, romaine 47, butterhead 55, iceberg 57-72, spinach 30, arugula 20, radicchio 40.
export const SALAD_GREENS = ["11250", "11251", "11252", "11253", "11257", "11457", "11959", "11213", "11952", "11591", "11190"];
export const BAKED_POTATO = ["11674", "11828", "11363", "11829"]; // small 138, medium 173, large 299 g (flesh only 156)
export const BOILED_POTATO = ["11365", "11367", "11831", "11833"]; // medium 167 g, 1/2 cup 78 g
export const MASHED_POTATO = ["11371", "11657", "11934", "11379", "11381", "11383", "11929", "11930", "31036"]; // cup 210 g
export const SWEET_POTATO = ["11508", "11875", "11510", "11876"]; // baked medium 114 g; boiled medium 151 g
export const CARROT_RAW = ["11124"]; // medium 61 g
export const BABY_CARROTS = ["11960", "11124"]; // baby carrot medium 10 g
export const CARROTS = ["11124", "11125", "11757", "11960"]; // cooked 1/2 cup slices 78 g
export const GREEN_BEANS_COOKED = ["11053", "11723"]; // cup 125 g
export const CORN_COB = ["11168", "11770"]; // medium ear 103 g
export const PEAS = ["11305", "11313", "11811", "11814"]; // cooked: cup 160 g, 1/2 cup frozen 80 g
export const TOMATO = ["11529"]; // medium 123 g
export const CUCUMBER = ["11205", "11206"]; // with peel: 1 cucumber (8-1/4") 301 g; peeled: small 158, medium 201 g
export const OKRA_COOKED = ["11279", "11803"]; // 1/2 cup 80 g
export const MUSHROOMS = ["11260"]; // cup sliced 70 g
export const ONION = ["11282"]; // cup chopped 160 g
export const BOK_CHOY_COOKED = ["11117", "11754"]; // cup shredded 170 g
export const KIMCHI = ["11118"]; // cup 150 g
export const PLANTAIN_COOKED = ["09446", "09447", "09278"]; // fried cup 118 / 169 g; cooked slices cup 154 g
export const YAM_COOKED = ["11602", "11897"]; // cup cubes 136 g
export const CELERY = ["11143"]; // medium stalk 40 g

// Grains (cooked unless said otherwise)
export const WHITE_RICE_COOKED = [
  "20045", "20047", "20049", "20051", "20053", "20055", "20058", "20345", "20445", "20447", "20451", "20453", "20545",
]; // cup 158 g (long-grain), 186 g (medium/short), 165 g (instant)
export const WHITE_RICE_RAW = ["20044", "20046", "20048", "20050", "20052", "20054", "20444", "20446", "20450", "20452"]; // cup 185-200 g (instant dry 95 g)
export const BROWN_RICE_COOKED = ["20037", "20041"]; // cup 202 / 195 g
export const RICE_COOKED = [...WHITE_RICE_COOKED, ...BROWN_RICE_COOKED];
export const QUINOA_COOKED = ["20137"]; // cup 185 g
export const PASTA_COOKED = ["20121", "20321", "20421", "20521", "20125", "20136", "20652"]; // cup 105-151 g by shape
export const WW_PASTA_COOKED = ["20125", "20136", "20652"]; // spaghetti cup 116-151 g
export const OATMEAL_COOKED = ["08121", "08123", "08180"]; // cup 234 g
export const OATS_DRY = ["08120", "08402", "08451", "08122", "08640"]; // cup 81 g; QUAKER 1/2 cup 40 g
export const COUSCOUS_COOKED = ["20029"]; // cup 157 g
export const SOBA_COOKED = ["20115"]; // cup 114 g
export const WHITE_BREAD = ["18069", "18070", "18416", "18432", "18967"]; // slice 25-29 g, toasted 22 g
export const WW_BREAD = ["18075", "18076", "18077", "18078", "28397", "18036"]; // slice 32 g, toasted 25 g
export const BREAD = [...WHITE_BREAD, ...WW_BREAD, "18064", "18065"]; // "toast": any everyday sliced loaf
export const BAGEL = ["18001", "18002", "18406", "18407", "18408"]; // 1 bagel 99 g, medium 105 g
export const CROISSANT = ["18239"]; // medium 57 g
export const ENGLISH_MUFFIN = ["18258", "18259", "18264", "18265", "18266", "18267", "18437", "18438", "18439", "28320"]; // 52-66 g
export const FLOUR_TORTILLA = ["18364", "18450", "18970"]; // 1 tortilla 48-49 g (6" 30 g, 10" 72 g)
export const CORN_TORTILLA = ["18363", "18449"]; // 1 tortilla 24-26 g
export const PITA = ["18041", "18042", "18413"]; // large 60-64 g
export const ROTI = ["28285", "28306"]; // 1 piece 43 / 68 g
export const NAAN = ["28307", "28287"]; // 1 piece 90 / 106 g
export const CHEERIOS = ["08013"]; // cup 28 g
export const GRANOLA = ["08037", "08054", "08218", "08189", "08220", "08277", "08284", "08587", "08627"]; // 1/2 cup 48-61 g
export const CRACKERS = ["18228", "18229", "18235", "18425", "18426", "18427", "18429", "18457", "18949", "18966"]; // 3-6 g each
export const PANCAKES = ["18288", "18290", "18292", "18293", "18390", "18936", "28305"]; // 4" pancake 38 g; frozen 3 = 105-144 g
export const ROLL_WW = ["18348", "18347", "18342"]; // dinner roll 1 oz = 28 g

// Meat, fish, eggs, pulses, nuts
export const CHICKEN_BREAST = [
  "05058", "05059", "05060", "05061", "05063", "05064", "05065", "05342", "05348", "05746", "05747", "05748", "05749",
]; // cooked; 1/2 breast 86-145 g, 1 piece (boneless) 181-196 g
export const CHICKEN_THIGH = [
  "05092", "05093", "05094", "05095", "05097", "05098", "05099", "05334", "05345", "05351", "05361", "05672", "05677",
]; // cooked; 1 thigh 52-137 g (roasted without skin 116 g)
export const CHICKEN_DRUMSTICK = [
  "05067", "05068", "05069", "05070", "05072", "05073", "05074", "05319", "05343", "05349", "05359", "05671", "05676",
]; // cooked; roasted drumstick 96-105 g, stewed 46-57 g
export const CHICKEN = [
  ...CHICKEN_BREAST, ...CHICKEN_THIGH, ...CHICKEN_DRUMSTICK,
  "05007", "05008", "05009", "05010", "05012", "05013", "05014", "05030", "05031", "05032", "05033", "05040", "05041",
  "05042", "05035", "05036", "05037", "05038", "05044", "05045", "05046", "05076", "05077", "05078", "05079", "05081",
  "05082", "05083",
]; // any cooked chicken meat (breast, thigh, drumstick, leg, light or dark meat)
export const PORK_CHOP = [
  "10029", "10030", "10033", "10034", "10037", "10038", "10041", "10042", "10045", "10046", "10049", "10050",
  "10053", "10054", "10057", "10058", "10063", "10064", "10067", "10068", "10120", "10163", "10176", "10177",
  "10178", "10179", "10180", "10181", "10186", "10189", "10195", "10196", "10197", "10200", "10201", "10202",
  "10211", "10212", "10215", "10216", "10858", "10859", "10947", "10950", "10984",
]; // cooked loin chops; 1 chop 82-219 g, most 135-200 g
export const EYE_ROUND = [
  "13415", "13416", "13417", "13418", "13419", "13420", "13878", "13880", "13882", "23351", "23352", "23353",
  "23381", "23382", "23383", "23591", "23598", "23620",
]; // cooked; 3 oz = 85 g
export const GROUND_BEEF = [
  "13317", "13494", "13495", "13496", "13497", "23220", "23473", "23474", "23475", "23476", "23478", "23479",
  "23480", "23481", "23558", "23559", "23560", "23561", "23563", "23564", "23565", "23566", "23568", "23569",
  "23570", "23571", "23573", "23574", "23575", "23576", "23578", "23579", "23580", "23581",
]; // cooked
export const SIRLOIN = [
  "13451", "13452", "13453", "13454", "13455", "13456", "13930", "13932", "13933", "13935", "13953", "13955",
  "13957", "23588", "23610", "23629", "23647", "23649",
]; // cooked sirloin steak; 3 oz = 85 g
export const LAMB = [
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
export const TURKEY_ROAST = [
  "05168", "05166", "05182", "05186", "05192", "05220", "05293", "05697", "05703", "05709", "05711", "05718", "05733",
]; // roasted turkey breast / light meat; 3 oz = 85 g
export const TURKEY_DELI = ["07046", "07081", "07944"]; // sliced turkey breast: slice 15 g (07081) or 28 g (07046)
export const HAM = ["07028", "07029"]; // slice 23-28 g
export const BACON = ["10860", "10861", "10862", "43378"]; // cooked slice 8-11.5 g
export const SAUSAGE = ["07064", "07953", "07967", "07919", "42190"]; // link 21-28 g
export const SALMON = ["15082", "15086", "15209", "15210", "15211", "15212", "15237", "15239", "15247"]; // cooked; 1/2 fillet 124-178 g
export const TUNA_CANNED = ["15119", "15121", "15124", "15126", "15183", "15184", "15185", "15186"]; // 1 can drained 165-178 g
export const COD = ["15016", "15192", "15269"]; // cooked; fillet 180 g (Atlantic), 90 g (Pacific)
export const SHRIMP = ["15151", "15271", "15150"]; // cooked; 3 oz = 85 g
export const SARDINES = ["15088"]; // 1 can (3.75 oz) = 92 g
export const TOFU_FIRM = ["16126", "16159", "16160", "16426"];
export const BLACK_BEANS = ["16015", "16315", "16316"]; // cooked cup 172 g
export const LENTILS = ["16070", "16370"]; // cooked cup 198 g
export const CHICKPEAS = ["16057", "16357", "16358", "16359"]; // cooked cup 164 g; canned drained cup 152 g
export const BLACK_EYED_PEAS = ["16063", "16363"]; // cooked cup 171 g
export const REFRIED_BEANS = ["16103", "16171", "16172", "16403"]; // cup 231-242 g
export const KIDNEY_BEANS = ["16028", "16033", "16328", "16333", "16031", "16036", "16331", "16336", "16335"]; // cooked cup 177 g
export const PINTO_BEANS = ["16043", "16343", "16345"]; // cooked cup 171 g
export const BAKED_BEANS = ["16005", "16006", "16009", "16010", "16011", "43449"]; // cup 246-254 g
export const EDAMAME = ["11212"]; // cup 155 g
export const HUMMUS = ["16137", "16158"]; // tbsp 15 g
export const FALAFEL = ["16138"]; // patty 17 g
export const PEANUT_BUTTER = ["16097", "16098", "16150", "16155", "16156", "16167", "16397", "16398", "16399"]; // 2 tbsp 32 g
export const ALMONDS = ["12061", "12062", "12063", "12065", "12563", "12565", "12665"]; // 1 oz = 28.35 g
export const WALNUTS = ["12155", "12154", "12157"]; // 1 oz = 28.35 g
export const MIXED_NUTS = ["12135", "12137", "12138", "12635", "12637", "12638", "12737", "12738"]; // 1 oz

// Drinks
export const COFFEE = ["14209", "14201", "14180"]; // cup (8 fl oz) 237 g; mug 300-350 g
export const ESPRESSO = ["14210", "14202"]; // 1 fl oz = 29.6 g
export const TEA = ["14355", "14352", "14544", "14278", "14260", "14381", "14545"]; // cup 237 g
export const GREEN_TEA = ["14278", "14260"];
export const COLA = ["14148", "14400", "14147"]; // can 12 fl oz 368-370 g
export const DIET_COLA = ["14146", "14416", "14166", "14149"]; // can 355 g
export const LEMON_LIME = ["14144", "14145"]; // 12 fl oz 368-369 g
export const BEER = ["14003", "14004", "14005", "14006", "14007", "14013"]; // 12 fl oz can 354-357 g; 1 fl oz 29.5-29.8 g
export const RED_WINE = [
  "14084", "14096", "14097", "14098", "14099", "14100", "14101", "14102", "14103", "14105", "14107", "14108",
  "14109", "14152", "14158", "14159", "14602",
]; // 5 fl oz = 147 g
export const WINE = [...RED_WINE, "14106", "14113", "14116", "14117", "14120", "14124", "14126", "14132", "14134", "14138", "14160"];
export const SPIRITS = ["14037", "14049", "14050", "14051", "14052", "14532", "14533", "14550"]; // jigger 1.5 fl oz = 42 g
export const SOY_MILK = [
  "16120", "16139", "16222", "16225", "16228", "16230", "16235", "16238", "16215", "16216", "16219", "16223", "16229",
]; // cup 243 g
export const ALMOND_MILK = ["14016", "14091"]; // cup 240 / 262 g

// Snacks, sweets, fats
export const POTATO_CHIPS = ["19411", "19811", "25064", "19422", "19042", "19809", "19810"]; // 1 oz bag = 28 g
export const TORTILLA_CHIPS = ["19056", "25028", "19433", "19833", "43364", "43566"]; // plain; 1 oz = 28.35 g
export const MILK_CHOCOLATE = ["19120"]; // bar (1.55 oz) = 44 g
export const OREO = ["18166"]; // 3 cookies = 36 g
export const GRANOLA_BAR = [
  "19015", "19016", "19017", "19020", "19021", "19022", "19024", "19026", "19027", "19404", "19405", "19406", "19420",
]; // 1 bar 21-43 g
export const POPCORN = ["19034", "19806", "19035", "19807", "42259", "25014"]; // cup 8 g (air), 11 g (oil)
export const BLUEBERRY_MUFFIN = ["18274", "18278"]; // medium 113 g (commercial), 57 g (recipe)
export const DONUT = ["18255", "18250", "18436"]; // glazed medium 45-64 g
export const ICE_CREAM = ["19095", "19088", "19089", "19270", "19114", "19271", "19867"]; // 1/2 cup 66 g
export const OLIVE_OIL = ["04053"]; // tbsp 13.5 g
export const HONEY = ["19296"]; // tbsp 21 g
export const SALSA = ["06164"]; // 2 tbsp 36 g
export const MAC_AND_CHEESE = ["22247", "22919", "22960", "22970", "32005"]; // prepared: cup 137-244 g

// Extra id sets used only by the whole-day cases
export const EGG_WHITE = ["01124"]; // 1 large white = 33 g
export const EGG_ANY = [...EGG_RAW, ...EGG_SCRAMBLED, ...EGG_BOILED, ...EGG_FRIED, ...EGG_POACHED, "01130"];
export const GREEN_BEANS = ["11052", ...GREEN_BEANS_COOKED]; // raw cup 100 g, cooked cup 125 g
export const BROCCOLI = [...BROCCOLI_RAW, ...BROCCOLI_COOKED];
export const TOMATO_SAUCE = ["11549", "11551", "11553", "11557", "06931", "06976"]; // 1/2 cup 122-132 g
export const SYRUP = ["19353", "19129"]; // tbsp 20 g
export const WAFFLES = ["18403", "18365", "18932", "18367"]; // frozen 33-39 g each; recipe 7" 75 g
export const LOX = ["15179", "15077"]; // 1 oz = 28.35 g
export const ITALIAN_BREAD = ["18033", "18029", "18030"]; // slice medium 20 g, large 30 g
// "chips" in Britain are french fries: fast-food medium 117 g, large 154 g; oven fries 10 strips 76 g
export const FRIES = ["21138", "11403", "11360", "11412", "11841", "11407", "11395"];
