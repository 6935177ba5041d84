// The scenario days for the suggestion tests (suggest.scenarios.test.ts), written by hand from everyday SR28 foods:
// each with the person's reference intakes and the day's label totals worked out by hand, in the comments.
import type { EntryInput } from "../schema/analysis";
import type { Profile } from "../schema/day";
import type { Diet, Objective } from "../schema/suggest";

export type Options = { diet: Diet; exclude: string[]; objective: Objective };
export type Triple = { magnesium: number; potassium: number; calcium: number };

export type Day = {
  name: string;
  profile: Profile;
  entries: EntryInput[];
  diet?: Diet;
  exclude?: string[];
  /** The person's reference intakes (mg), read by hand from the standard's tables. */
  targets: Triple;
  /** The day's label totals (mg), by hand from SR28. */
  totals: Triple;
};

export const person = (ageYears: number, sex: "female" | "male", standard: Profile["standard"] = "us", lifeStage: Profile["lifeStage"] = null): Profile => ({
  ageYears,
  sex,
  lifeStage,
  standard,
});
export const g = (foodId: string, grams: number): EntryInput => ({ foodId, grams });
export const t = (magnesium: number, potassium: number, calcium: number): Triple => ({ magnesium, potassium, calcium });

// Ids used below (SR28, mg per 100 g as Ca / Mg / K):
//   01009 cheddar 710/27/76 · 01012 cottage cheese 83/8/104 · 01033 parmesan 1184/44/92 · 01077 whole milk 113/10/132
//   01079 2% milk 120/11/140 · 01117 plain low-fat yogurt 183/17/234 · 01128 fried egg 62/13/152 · 01132 scrambled egg 66/11/132
//   01256 Greek yogurt 110/11/141 · 05064 roast chicken breast 15/29/256 · 06931 marinara 26/18/320 · 07029 ham 24/22/287
//   08020 corn flakes 5/39/168 · 08029 bran flakes 44/229/533 · 08120 oats, dry 52/138/362 · 09003 apple 6/5/107
//   09040 banana 5/27/358 · 09050 blueberries 6/6/77 · 09100 fruit cocktail 6/5/88 · 09206 orange juice 11/11/200
//   09236 peach 6/9/190 · 09316 strawberries 16/13/153 · 11124 carrot 33/12/320 · 11234 kale, cooked 72/18/228
//   11252 iceberg lettuce 18/7/141 · 11458 spinach, cooked 136/87/466 · 11529 tomato 10/11/237 · 11674 baked potato 15/28/535
//   12014 pumpkin seeds 46/592/809 · 12061 almonds 269/270/733 · 13364 lean beef 14/21/339 · 14209 coffee 2/3/49
//   14278 green tea 0/1/8 · 14400 cola 2/0/2 · 14460 Gatorade 1/0/15 · 15121 canned tuna 17/23/179 · 16057 chickpeas 49/48/291
//   16070 lentils 19/36/369 · 16098 peanut butter 49/168/558 · 18001 bagel 219/29/107 · 18064 wheat bread 133/45/177
//   18069 white bread 144/23/126 · 18075 whole-wheat bread 161/75/254 · 18228 saltines 19/23/152 · 19095 vanilla ice cream 128/14/199
//   20045 white rice 10/12/35 · 20121 pasta 7/18/44 · 20137 quinoa 17/64/172 · 21138 fries 18/35/579
//   21224 frozen cheese pizza 179/23/152 · 21228 McDonald's hamburger 127/21/192 · 21229 chicken nuggets 11/24/251
export const DAYS: Day[] = [
  {
    // US DRI, 4–8 y: Mg 130, K 2300 (AI), Ca 1000.
    // Mg 11.7+20+11.5+26.88+5+27+10.8+14.4 = 127.28; K 50.4+264+63+89.28+107+66+192+150.6 = 982.28;
    // Ca 1.5+226+72+7.84+6+10.5+15.6+6.6 = 346.04.
    name: "a girl of 5: corn flakes and milk, a peanut-butter sandwich, an apple, pasta, nuggets",
    profile: person(5, "female"),
    entries: [g("08020", 30), g("01077", 200), g("18069", 50), g("16098", 16), g("09003", 100), g("20121", 150), g("06931", 60), g("21229", 60)],
    targets: t(130, 2300, 1000),
    totals: t(127.28, 982.28, 346.04),
  },
  {
    // US DRI, 9–13 y boy: Mg 240, K 2500, Ca 1300.
    // Mg 46+0+24.5+9.24+26.4 = 106.14; K 304+7.4+405.3+131.34+480 = 1328.04; Ca 358+7.4+12.6+84.48+26.4 = 488.88.
    name: "a boy of 9: pizza, cola, fries, ice cream, orange juice",
    profile: person(9, "male"),
    entries: [g("21224", 200), g("14400", 370), g("21138", 70), g("19095", 66), g("09206", 240)],
    targets: t(240, 2500, 1300),
    totals: t(106.14, 1328.04, 488.88),
  },
  {
    // US DRI, 14–18 y boy: Mg 410, K 3000, Ca 1300.
    // Mg 30.45+42+40.95+0+24 = 137.4; K 112.35+384+677.43+10+251 = 1434.78; Ca 229.95+254+21.06+10+11 = 526.01.
    name: "a boy of 15: bagel, two hamburgers, fries, cola, nuggets",
    profile: person(15, "male"),
    entries: [g("18001", 105), g("21228", 200), g("21138", 117), g("14400", 500), g("21229", 100)],
    targets: t(410, 3000, 1300),
    totals: t(137.4, 1434.78, 526.01),
  },
  {
    // US DRI, 14–18 y girl: Mg 360, K 2300, Ca 1300. Vegetarian.
    // Mg 18.7+4.2+34.5+4.9+6.6 = 68.9; K 239.7+53.9+228+98.7+142.2 = 762.5; Ca 187+4.2+268.5+12.6+6 = 478.3.
    name: "a vegetarian girl of 16: Greek yogurt and blueberries, pizza, a side salad",
    profile: person(16, "female"),
    entries: [g("01256", 170), g("09050", 70), g("21224", 150), g("11252", 70), g("11529", 60)],
    diet: "vegetarian",
    targets: t(360, 2300, 1300),
    totals: t(68.9, 762.5, 478.3),
  },
  {
    // US DRI, pregnancy 19–30 y: Mg 350, K 2900, Ca 1000.
    // Mg 11+12.88+26.4+12.32+36+22.5+26.84 = 147.94; K 132+70.56+480+160.72+88+400+341.6 = 1672.88;
    // Ca 66+80.64+26.4+13.44+14+32.5+292.8 = 525.78.
    name: "pregnant at 30: eggs on toast, orange juice, ham, pasta with sauce, a glass of milk",
    profile: person(30, "female", "us", "pregnant"),
    entries: [g("01132", 100), g("18069", 56), g("09206", 240), g("07029", 56), g("20121", 200), g("06931", 125), { foodId: "01079", amount: 1, portion: "1 cup" }],
    targets: t(350, 2900, 1000),
    totals: t(147.94, 1672.88, 525.78),
  },
  {
    // US DRI, lactation 19–30 y: Mg 310, K 2800, Ca 1000. Already 1 cup of milk (of 3) and 1 banana (of 3).
    // Mg 55.2+26.84+31.86+72+18+34.8 = 238.7; K 144.8+341.6+422.44+738+52.5+307.2 = 2006.54;
    // Ca 20.8+292.8+5.9+38+15+18 = 390.5.
    name: "breastfeeding at 28: porridge with milk and a banana, lentils and rice, chicken",
    profile: person(28, "female", "us", "lactating"),
    entries: [g("08120", 40), g("01079", 244), { foodId: "09040", amount: 1, portion: 'medium (7" to 7-7/8" long)' }, g("16070", 200), g("20045", 150), g("05064", 120)],
    targets: t(310, 2800, 1000),
    totals: t(238.7, 2006.54, 390.5),
  },
  {
    // US DRI, men 51–70: Mg 420, K 3400, Ca 1000 (UL 2000).
    // Mg 11.5+14.22+13.2+48.44+21+7.2 = 115.56; K 63+232.26+172.2+925.55+339+192 = 1924.01;
    // Ca 72+9.48+14.4+25.95+14+19.8 = 155.63.
    name: "a man of 70: toast and coffee, a ham slice, beef with a baked potato and carrots",
    profile: person(70, "male"),
    entries: [g("18069", 50), g("14209", 474), g("07029", 60), g("11674", 173), g("13364", 100), g("11124", 60)],
    targets: t(420, 3400, 1000),
    totals: t(115.56, 1924.01, 155.63),
  },
  {
    // US DRI, women 71+: Mg 320, K 2600, Ca 1200 (UL 2000). A small appetite.
    // Mg 5+6.9+6+6.6+5.75+11.5 = 41.75; K 40+45.6+105.6+79.2+31.5+89.5 = 391.4; Ca 0+5.7+7.2+39.6+36+8.5 = 97.
    name: "a woman of 80: green tea, crackers, canned fruit, a little egg, toast and tuna",
    profile: person(80, "female"),
    entries: [g("14278", 500), g("18228", 30), g("09100", 120), g("01132", 60), g("18069", 25), g("15121", 50)],
    targets: t(320, 2600, 1200),
    totals: t(41.75, 391.4, 97),
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600, Ca 1000. Vegan.
    // Mg 69+53.76+13.8+72+22.2+13.2 = 243.96; K 181+178.56+75.6+738+64.75+284.4 = 1522.31;
    // Ca 26+15.68+86.4+38+18.5+12 = 196.58.
    name: "a vegan woman of 35: oats, peanut-butter toast, lentils with rice and tomato",
    profile: person(35, "female"),
    entries: [g("08120", 50), g("16098", 32), g("18069", 60), g("16070", 200), g("20045", 185), g("11529", 120)],
    diet: "vegan",
    targets: t(320, 2600, 1000),
    totals: t(243.96, 1522.31, 196.58),
  },
  {
    // US DRI, men 31–50: Mg 420, K 3400, Ca 1000. No dairy.
    // Mg 13+11.5+36+45+22.5+3.5 = 131.5; K 152+63+376.5+110+400+70.5 = 1172; Ca 62+72+16.5+17.5+32.5+9 = 209.5.
    name: "a dairy-free man of 40: fried eggs and toast, nuggets, pasta with sauce, lettuce",
    profile: person(40, "male"),
    entries: [g("01128", 100), g("18069", 50), g("21229", 150), g("20121", 250), g("06931", 125), g("11252", 50)],
    exclude: ["dairy"],
    targets: t(420, 3400, 1000),
    totals: t(131.5, 1172, 209.5),
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600, Ca 1000. No nuts.
    // Mg 28.9+13+13.2+27+8.8+36+18 = 144.9; K 397.8+153+172.2+106.2+189.6+88+320 = 1426.8;
    // Ca 311.1+16+14.4+79.8+8+14+26 = 469.3.
    name: "a nut-free woman of 45: yogurt and strawberries, a ham sandwich, pasta",
    profile: person(45, "female"),
    entries: [g("01117", 170), g("09316", 100), g("07029", 60), g("18064", 60), g("11529", 80), g("20121", 200), g("06931", 100)],
    exclude: ["nuts"],
    targets: t(320, 2600, 1000),
    totals: t(144.9, 1426.8, 469.3),
  },
  {
    // US DRI, women 51–70: Mg 320, K 2600, Ca 1200; calcium UL 2000 (diet-wide).
    // 200 g parmesan = 2 × 1184 = 2368 mg calcium on its own: over the limit before anything else.
    // Mg 88+36+22.5+14.22 = 160.72 (gap 159.28); K 184+88+400+232.26 = 904.26 (gap 1695.74);
    // Ca 2368+14+32.5+9.48 = 2423.98 (424 over the 2000 limit).
    name: "a woman of 60 over the calcium limit: 200 g parmesan on pasta, coffee",
    profile: person(60, "female"),
    entries: [g("01033", 200), g("20121", 200), g("06931", 125), g("14209", 474)],
    targets: t(320, 2600, 1200),
    totals: t(160.72, 904.26, 2423.98),
  },
  {
    // US DRI, men 31–50: Mg 420, K 3400, Ca 1000; calcium UL 2500. Already 3 cups of milk (its daily most).
    // Mg 57.78+80.52+84+27+7.11 = 256.41 (gap 163.59); K 162.64+1024.8+1605+66+116.13 = 2974.57 (gap 425.43);
    // Ca 1519.4+878.4+45+10.5+4.74 = 2458.04: 41.96 mg below the limit.
    name: "a man of 35 near the calcium limit: cheddar, three glasses of milk, a baked potato, pasta",
    profile: person(35, "male"),
    entries: [g("01009", 214), { foodId: "01079", amount: 3, portion: "1 cup" }, g("11674", 300), g("20121", 150), g("14209", 237)],
    targets: t(420, 3400, 1000),
    totals: t(256.41, 2974.57, 2458.04),
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600, Ca 1000. Two cups of cooked spinach (2 × 180 g).
    // Mg 313.2+10.8+22.08+26.84+63.72 = 436.64; K 1677.6+30.4+120.96+341.6+844.88 = 3015.44;
    // Ca 489.6+284+138.24+292.8+11.8 = 1216.44 on the label: every label gap is closed.
    // As absorbed, spinach counts a fifth or less of milk (Heaney 1988: 5.1% vs 27.6%, 0.185): even at 0.25 its
    // 489.6 mg count as 122.4, and the day as at most 122.4 + 284 + 138.24 + 292.8 + 11.8 = 849.24 mg of 1000.
    name: "a spinach-heavy day, woman of 35: 2 cups cooked spinach, cheddar, white toast, milk, two bananas",
    profile: person(35, "female"),
    entries: [{ foodId: "11458", amount: 2, portion: "1 cup" }, g("01009", 40), g("18069", 96), g("01079", 244), g("09040", 236)],
    targets: t(320, 2600, 1000),
    totals: t(436.64, 3015.44, 1216.44),
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600, Ca 1000. One cup of cooked spinach already: spinach's daily most.
    // Mg 156.6+22.2+29+14.22+11.5 = 233.52; K 838.8+64.75+256+232.26+63 = 1454.81; Ca 244.8+18.5+15+9.48+72 = 359.78.
    name: "a woman of 40 with a cup of spinach already: rice, chicken, coffee, toast",
    profile: person(40, "female"),
    entries: [g("11458", 180), g("20045", 185), g("05064", 100), g("14209", 474), g("18069", 50)],
    targets: t(320, 2600, 1000),
    totals: t(233.52, 1454.81, 359.78),
  },
  {
    // US DRI, men 19–30: Mg 400, K 3400, Ca 1000. Short of potassium only.
    // Mg 41.65+21.6+137.4+177.6+23+43.5 = 444.75; K 573.3+60.8+319.8+242.7+126+384 = 1706.6 (gap 1693.4);
    // Ca 448.35+568+26.4+13.8+144+22.5 = 1223.05 (dairy alone 1016.35). Chicken 150 g = 1.76 of its 2 servings;
    // pumpkin seeds 30 g = 1.06 of its 2 servings: room for ½ oz at most.
    name: "a man of 30 short of potassium only: yogurt, cheddar, bran flakes, pumpkin seeds, bread, chicken",
    profile: person(30, "male"),
    entries: [g("01117", 245), g("01009", 80), g("08029", 60), g("12014", 30), g("18069", 100), g("05064", 150)],
    targets: t(400, 3400, 1000),
    totals: t(444.75, 1706.6, 1223.05),
  },
  {
    // EFSA, women 18+: Mg 300 (AI), K 3500 (AI), Ca 950 (PRI, 25+); UL 2500.
    // Mg 11+13.8+18.4+32.4+11+20 = 106.6; K 132+75.6+143.2+79.2+237+264 = 931; Ca 66+86.4+13.6+12.6+10+226 = 414.6.
    name: "EFSA, a woman of 40: scrambled eggs, toast, tuna pasta with tomato, milk",
    profile: person(40, "female", "efsa"),
    entries: [g("01132", 100), g("18069", 60), g("15121", 80), g("20121", 180), g("11529", 100), g("01077", 200)],
    targets: t(300, 3500, 950),
    totals: t(106.6, 931, 414.6),
  },
  {
    // UK COMA RNI, men 19+: Mg 300, K 3500, Ca 700 (the UK limit is for supplements only).
    // Mg 18.4+13.2+52.5+31.5+14.22+10 = 139.82; K 100.8+172.2+868.5+508.5+232.26+132 = 2014.26;
    // Ca 115.2+14.4+27+21+9.48+113 = 300.08.
    name: "UK, a man of 50: toast, ham, steak and chips, coffee with milk",
    profile: person(50, "male", "uk"),
    entries: [g("18069", 80), g("07029", 60), g("21138", 150), g("13364", 150), g("14209", 474), g("01077", 100)],
    targets: t(300, 3500, 700),
    totals: t(139.82, 2014.26, 300.08),
  },
  {
    // US DRI, men 19–30: Mg 400, K 3400, Ca 1000. ≈ 2,600 kcal before the plan. Two bananas already (of 3).
    // Mg 81+45+48+34.5+0+22+63.72 = 294.22; K 198+800+502+189+150+264+844.88 = 2947.88;
    // Ca 31.5+65+22+216+10+132+11.8 = 488.3.
    name: "an athlete's big day, man of 25: a mountain of pasta, nuggets, bread, Gatorade, eggs, two bananas",
    profile: person(25, "male"),
    entries: [g("20121", 450), g("06931", 250), g("21229", 200), g("18069", 150), g("14460", 1000), g("01132", 200), g("09040", 236)],
    targets: t(400, 3400, 1000),
    totals: t(294.22, 2947.88, 488.3),
  },
  {
    // US DRI, women 31–50: Mg 320, K 2600, Ca 1000. ≈ 330 kcal. An apple (of 2) and ½ cup cottage cheese (of 2) already.
    // Mg 7.11+9.1+9.04+7+13.8+3.22 = 49.27; K 116.13+194.74+117.52+141+107.4+21.28 = 698.07;
    // Ca 4.74+10.92+93.79+18+10.2+2.66 = 140.31.
    name: "a dieter's small day, woman of 50: coffee, an apple, cottage cheese, lettuce, tuna, two crackers",
    profile: person(50, "female"),
    entries: [g("14209", 237), { foodId: "09003", amount: 1, portion: "medium (3\" dia)" }, g("01012", 113), g("11252", 100), g("15121", 60), g("18228", 14)],
    targets: t(320, 2600, 1000),
    totals: t(49.27, 698.07, 140.31),
  },
  {
    // UK COMA RNI, women 19+: Mg 270, K 3500, Ca 700.
    // Mg 23.4+118.4+76.8+11.5+13.5 = 243.6; K 296.4+318.2+465.6+63+285 = 1428.2; Ca 93.6+31.45+78.4+72+9 = 284.45.
    name: "UK, a woman of 55 who likes kale: kale, quinoa, chickpeas, toast, a peach",
    profile: person(55, "female", "uk"),
    entries: [g("11234", 130), g("20137", 185), g("16057", 160), g("18069", 50), g("09236", 150)],
    targets: t(270, 3500, 700),
    totals: t(243.6, 1428.2, 284.45),
  },
  {
    // US DRI, men 31–50: Mg 420, K 3400, Ca 1000. Nothing eaten yet.
    name: "an empty day, man of 45",
    profile: person(45, "male"),
    entries: [],
    targets: t(420, 3400, 1000),
    totals: t(0, 0, 0),
  },
  {
    // US DRI, women 71+: Mg 320, K 2600, Ca 1200. Vegan, without soy, nuts or gluten: the article's calcium-rich foods
    // left are spinach (244.8 mg a cup, poorly absorbed), broccoli (2 cups 124.8), oranges (2: 104.8), grapefruit
    // (2 halves: 54.1), black beans (1 cup: 46.4)... far below 1200 even counted generously.
    // Mg 5+6.9+6+5.75 = 23.65; K 40+45.6+105.6+31.5 = 222.7; Ca 0+5.7+7.2+36 = 48.9.
    name: "a vegan woman of 80 without soy, nuts or gluten: tea, crackers, canned fruit, toast",
    profile: person(80, "female"),
    entries: [g("14278", 500), g("18228", 30), g("09100", 120), g("18069", 25)],
    diet: "vegan",
    exclude: ["soy", "nuts", "gluten"],
    targets: t(320, 2600, 1200),
    totals: t(23.65, 222.7, 48.9),
  },
  {
    // US DRI, men 19–30: Mg 400, K 3400, Ca 1000. Vegan, and no soy, nuts, gluten, seeds, spinach, buckwheat, beans
    // or cocoa: the most magnesium five of the foods left can give at their daily most is 3 bananas 95.58
    // + 2 cups broccoli 65.52 + a whole avocado 58.29 + 1 cup beets 39.1 + 8 prunes 31.16 = 289.65 < 400.
    name: "an empty day, vegan man of 30 with a long list of foods left out",
    profile: person(30, "male"),
    entries: [],
    diet: "vegan",
    exclude: ["soy", "nuts", "gluten", "seeds", "Spinach", "Buckwheat", "beans", "Cocoa"],
    targets: t(400, 3400, 1000),
    totals: t(0, 0, 0),
  },
  {
    // US DRI, men 31–50: Mg 420, K 3400, Ca 1000. Nothing missing.
    // Mg 83.3+8.1+153.09+84+72+31.86 = 432.35; K 1146.6+22.8+415.61+1605+738+422.44 = 4350.45;
    // Ca 896.7+213+152.52+45+38+5.9 = 1351.12, of which yogurt and cheddar (as absorbed as milk) 1109.7.
    name: "a full day, man of 40: yogurt, cheddar, almonds, a big baked potato, lentils, a banana",
    profile: person(40, "male"),
    entries: [g("01117", 490), g("01009", 30), g("12061", 56.7), g("11674", 300), g("16070", 200), g("09040", 118)],
    targets: t(420, 3400, 1000),
    totals: t(432.35, 4350.45, 1351.12),
  },
];
