// The demo shop's catalogue. Ids match the reviews the API seeds for site `demo`; `wool-beanie` has none
// on purpose, to show the empty state.
export interface Product {
  id: string;
  name: string;
  price: number;
  tagline: string;
  description: string;
  features: string[];
  /** Background tint of the product tile. */
  tone: "sand" | "sky" | "moss" | "clay" | "slate" | "rose";
  /** Inline SVG drawing (trusted, ours): no external images. */
  art: string;
}

const svg = (label: string, body: string): string =>
  `<svg viewBox="0 0 200 150" role="img" aria-label="${label}" xmlns="http://www.w3.org/2000/svg">${body}</svg>`;

export const products: Product[] = [
  {
    id: "trail-runner-2",
    name: "Trail Runner 2",
    price: 129,
    tagline: "Light, grippy trail shoes for long days on rough ground.",
    description:
      "The second Trail Runner keeps the roomy toe box people loved and adds a firmer heel counter and a 4 mm lugged outsole that bites on wet rock and loose gravel. A rock plate under the forefoot takes the sting out of rocky descents without making the shoe stiff.",
    features: ["280 g per shoe (EU 42)", "6 mm drop, 4 mm lugs", "Recycled mesh upper", "Rock plate"],
    tone: "clay",
    art: svg(
      "Drawing of an orange trail running shoe",
      `<ellipse cx="100" cy="128" rx="78" ry="6" fill="#000" opacity=".08"/>
<path d="M28 112c0-10 6-16 14-18l34-8c8-14 20-30 34-34 6-2 10 2 12 8 4 10 14 18 30 22 12 3 20 10 20 20v10H28z" fill="#e8643a"/>
<path d="M110 52c6 0 10 3 12 8 4 10 14 18 30 22" fill="none" stroke="#b8441f" stroke-width="4" stroke-linecap="round"/>
<path d="M84 80l10-4m-2 12l10-4m-2 12l10-4" stroke="#fff" stroke-width="4" stroke-linecap="round"/>
<path d="M24 112h152c2 0 4 2 4 4v4c0 4-4 6-8 6H30c-4 0-8-2-8-6v-4c0-2 0-4 2-4z" fill="#2d3436"/>
<path d="M36 126v4m20-4v4m20-4v4m20-4v4m20-4v4m20-4v4m20-4v4" stroke="#2d3436" stroke-width="5" stroke-linecap="round"/>
<circle cx="150" cy="100" r="5" fill="#fff" opacity=".9"/>`,
    ),
  },
  {
    id: "merino-hoodie",
    name: "Merino Hoodie",
    price: 89,
    tagline: "A warm, odour-resistant hoodie that packs into its own pocket.",
    description:
      "Made from 190 g/m² merino wool with a touch of nylon for strength, the hoodie regulates warmth on cold mornings and stays fresh through a week of travel. Flatlock seams sit comfortably under a pack, and the scuba hood stays put in the wind.",
    features: ["190 g/m² merino blend", "Flatlock seams", "Scuba hood with thumb loops", "Machine washable"],
    tone: "sky",
    art: svg(
      "Drawing of a blue-grey hoodie",
      `<ellipse cx="100" cy="138" rx="62" ry="5" fill="#000" opacity=".08"/>
<path d="M70 30c8-10 52-10 60 0l30 18 14 50-18 6-10-30v90H54V74l-10 30-18-6 14-50z" fill="#5b7c99"/>
<path d="M78 30c4 18 40 18 44 0-6 22-38 22-44 0z" fill="#3f5f7a"/>
<path d="M86 34c4 12 24 12 28 0" fill="none" stroke="#2c4459" stroke-width="4" stroke-linecap="round"/>
<path d="M94 44v22m12-22v22" stroke="#e9eef2" stroke-width="3" stroke-linecap="round"/>
<path d="M72 100h56v18H72z" fill="#4c6c88"/>
<path d="M54 128h92" stroke="#3f5f7a" stroke-width="6"/>`,
    ),
  },
  {
    id: "city-backpack-22",
    name: "City Backpack 22L",
    price: 109,
    tagline: "A weatherproof daypack with a laptop sleeve that opens flat.",
    description:
      "Roll-top capacity when you need it, a clean profile when you do not. The 22-litre body is welded TPU-coated nylon, the 16-inch laptop sleeve is suspended off the floor of the pack, and the clamshell opening lets you pack it like a suitcase.",
    features: ["22 litres, 880 g", "Fits a 16-inch laptop", "Welded, waterproof seams", "Clamshell opening"],
    tone: "moss",
    art: svg(
      "Drawing of an olive green backpack",
      `<ellipse cx="100" cy="138" rx="54" ry="5" fill="#000" opacity=".08"/>
<path d="M82 22c0-10 36-10 36 0v10H82z" fill="none" stroke="#3d4f2f" stroke-width="6"/>
<rect x="56" y="28" width="88" height="108" rx="22" fill="#66804a"/>
<rect x="68" y="78" width="64" height="44" rx="10" fill="#55703c"/>
<path d="M72 88h56" stroke="#3d4f2f" stroke-width="3"/>
<rect x="92" y="90" width="16" height="6" rx="2" fill="#d8c17a"/>
<path d="M64 48h72" stroke="#55703c" stroke-width="6"/>`,
    ),
  },
  {
    id: "pour-over-kettle",
    name: "Pour-over Kettle",
    price: 49,
    tagline: "A gooseneck kettle for a slow, steady pour, on the stove or the campfire.",
    description:
      "The narrow spout gives you a thin, controllable stream for pour-over coffee, and the brushed stainless body works on gas, induction and a camp stove. A built-in thermometer in the lid tells you when to stop at 93 °C.",
    features: ["0.9 litres", "Stainless steel, induction ready", "Lid thermometer", "Heat-proof handle"],
    tone: "sand",
    art: svg(
      "Drawing of a black gooseneck kettle",
      `<ellipse cx="100" cy="134" rx="56" ry="5" fill="#000" opacity=".08"/>
<path d="M66 128c-6-26 0-60 34-62 34 2 40 36 34 62z" fill="#2f3437"/>
<path d="M72 78c-18-4-30 6-40 30l-8 2" fill="none" stroke="#2f3437" stroke-width="6" stroke-linecap="round"/>
<path d="M134 80c22-10 28 30 4 36" fill="none" stroke="#8c6a4f" stroke-width="8" stroke-linecap="round"/>
<rect x="80" y="56" width="40" height="10" rx="5" fill="#4a5155"/>
<circle cx="100" cy="52" r="6" fill="#b88a5a"/>
<path d="M76 92c4 10 8 20 8 34" stroke="#fff" stroke-width="3" stroke-linecap="round" opacity=".25"/>`,
    ),
  },
  {
    id: "headlamp-400",
    name: "Headlamp 400",
    price: 39,
    tagline: "400 lumens, USB-C charging and a red mode that keeps your night vision.",
    description:
      "A light, balanced headlamp with a wide flood and a focused spot you can mix. The battery charges over USB-C, lasts a full night on the medium setting, and the lock mode means it will not switch on in your bag.",
    features: ["400 lumens max", "USB-C rechargeable", "Red light mode", "IPX4 splash resistant"],
    tone: "slate",
    art: svg(
      "Drawing of a headlamp with a beam of light",
      `<path d="M120 70l70-34v68z" fill="#ffe08a" opacity=".55"/>
<ellipse cx="86" cy="74" rx="56" ry="30" fill="none" stroke="#3b82c4" stroke-width="8"/>
<rect x="96" y="50" width="34" height="46" rx="10" fill="#263238"/>
<circle cx="124" cy="73" r="13" fill="#fff3c4"/>
<circle cx="124" cy="73" r="7" fill="#ffd54f"/>
<rect x="100" y="88" width="8" height="4" rx="2" fill="#e53935"/>`,
    ),
  },
  {
    id: "wool-beanie",
    name: "Wool Beanie",
    price: 25,
    tagline: "A ribbed lambswool beanie, knitted in Scotland.",
    description:
      "Soft lambswool in a deep rib, with a fold-up cuff you can wear high or low. Warm without being bulky under a hood. New this season, so nobody has reviewed it yet: be the first.",
    features: ["100% lambswool", "Double-layer cuff", "One size", "Knitted in Scotland"],
    tone: "rose",
    art: svg(
      "Drawing of a red wool beanie with a pompom",
      `<ellipse cx="100" cy="134" rx="56" ry="5" fill="#000" opacity=".08"/>
<circle cx="100" cy="26" r="14" fill="#f1e3d3"/>
<path d="M50 104c0-40 22-68 50-68s50 28 50 68z" fill="#c0392b"/>
<path d="M70 100c2-26 10-44 14-54m16 54V38m16 62c-2-26-6-40-10-52" stroke="#a93226" stroke-width="4" fill="none"/>
<rect x="44" y="98" width="112" height="30" rx="8" fill="#a93226"/>
<path d="M56 102v22m12-22v22m12-22v22m12-22v22m12-22v22m12-22v22m12-22v22m12-22v22" stroke="#8e2b20" stroke-width="4"/>`,
    ),
  },
];

export const productById = (id: string): Product | undefined => products.find((p) => p.id === id);

export const formatPrice = (price: number): string =>
  new Intl.NumberFormat("en-IE", { style: "currency", currency: "EUR" }).format(price);
