// Copyright 2026 The entente Authors. Apache-2.0.
//
// ICEWS actors to CAMEO-style codes (IcewsActorCode and CountryNameToIso3 in entente/import.h).
//
// ICEWS describes an actor by name ("Foreign Affairs (Bangladesh)"), a comma-separated list of
// sectors ("Executive,Foreign Ministry,Government") and a country ("Bangladesh").  CAMEO writes
// the same actor as a code: country + role ("BGDGOV").  The mapping, written for entente from
// public facts (ISO 3166-1 names and codes; the CAMEO actor codebook's role, region and
// organisation codes, as entente's bundled dictionaries use them):
//   country name  -> ISO 3166-1 alpha-3, with the spellings ICEWS and GDELT use ("Russian
//                    Federation", "Occupied Palestinian Territory", "the former Yugoslav Republic
//                    of Macedonia", "Holy See") and common short forms; Kosovo -> XKX.
//   sectors       -> one CAMEO role, the most specific one present, in this order:
//                    SPY MIL COP JUD LEG GOV REB UAF OPP CRM RAD ELI MED BUS EDU HLH HRI NGO REL
//                    LAB AGR ENV REF CVL (so "Military,Government" -> MIL, "Police,Government" ->
//                    COP).  Ministries are GOV except defence (MIL, entente's convention) and
//                    intelligence (SPY); a ruling party is GOV, an opposition party OPP; state
//                    media GOVMED; NGOs put NGO before the country (NGOFRA), as CAMEO does.
//                    Sectors that name no role (ideologies, "Parties", "Unspecified") add nothing.
//   no country    -> the name as an organisation (United Nations -> IGOUNO, European Union ->
//                    IGOEUREEC, NATO -> IGOWSTNAT, ...) or a region (Africa -> AFR, Southeast
//                    Asia -> SEA, ...), else a country or region in parentheses at the end of the
//                    name ("Cabinet / Council of Ministers / Advisors (Africa)" -> AFRGOV).
// Anything else gets no code for the unknown part; an unknown country name is reported back so
// the importer can say so once.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entente/import.h"

namespace entente {
namespace {

struct NameCode {
  const char* name;  // lower case
  const char* code;
};

// Country names (lower case) -> ISO 3166-1 alpha-3.  Several spellings per country.
constexpr NameCode kCountries[] = {
    {"aruba", "ABW"}, {"afghanistan", "AFG"}, {"angola", "AGO"}, {"anguilla", "AIA"},
    {"aland islands", "ALA"}, {"albania", "ALB"}, {"andorra", "AND"},
    {"united arab emirates", "ARE"}, {"uae", "ARE"}, {"argentina", "ARG"}, {"armenia", "ARM"},
    {"american samoa", "ASM"}, {"antarctica", "ATA"}, {"french southern territories", "ATF"},
    {"antigua and barbuda", "ATG"}, {"australia", "AUS"}, {"austria", "AUT"},
    {"azerbaijan", "AZE"}, {"burundi", "BDI"}, {"belgium", "BEL"}, {"benin", "BEN"},
    {"bonaire, sint eustatius and saba", "BES"}, {"burkina faso", "BFA"},
    {"bangladesh", "BGD"}, {"bulgaria", "BGR"}, {"bahrain", "BHR"}, {"bahamas", "BHS"},
    {"bahamas, the", "BHS"}, {"the bahamas", "BHS"}, {"bosnia and herzegovina", "BIH"},
    {"bosnia-herzegovina", "BIH"}, {"bosnia", "BIH"}, {"saint barthelemy", "BLM"},
    {"belarus", "BLR"}, {"belize", "BLZ"}, {"bermuda", "BMU"}, {"bolivia", "BOL"},
    {"bolivia, plurinational state of", "BOL"}, {"brazil", "BRA"}, {"barbados", "BRB"},
    {"brunei", "BRN"}, {"brunei darussalam", "BRN"}, {"bhutan", "BTN"},
    {"bouvet island", "BVT"}, {"botswana", "BWA"}, {"central african republic", "CAF"},
    {"canada", "CAN"}, {"cocos (keeling) islands", "CCK"}, {"switzerland", "CHE"},
    {"chile", "CHL"}, {"china", "CHN"}, {"people's republic of china", "CHN"},
    {"cote d'ivoire", "CIV"}, {"c\xC3\xB4te d'ivoire", "CIV"}, {"ivory coast", "CIV"},
    {"cameroon", "CMR"}, {"democratic republic of congo", "COD"},
    {"democratic republic of the congo", "COD"}, {"congo, the democratic republic of the", "COD"},
    {"congo, democratic republic of the", "COD"}, {"dr congo", "COD"}, {"drc", "COD"},
    {"zaire", "COD"}, {"congo", "COG"}, {"republic of congo", "COG"},
    {"republic of the congo", "COG"}, {"congo-brazzaville", "COG"}, {"cook islands", "COK"},
    {"colombia", "COL"}, {"comoros", "COM"}, {"cape verde", "CPV"}, {"cabo verde", "CPV"},
    {"costa rica", "CRI"}, {"cuba", "CUB"}, {"curacao", "CUW"}, {"christmas island", "CXR"},
    {"cayman islands", "CYM"}, {"cyprus", "CYP"}, {"czech republic", "CZE"},
    {"czechia", "CZE"}, {"germany", "DEU"}, {"djibouti", "DJI"}, {"dominica", "DMA"},
    {"denmark", "DNK"}, {"dominican republic", "DOM"}, {"algeria", "DZA"}, {"ecuador", "ECU"},
    {"egypt", "EGY"}, {"eritrea", "ERI"}, {"western sahara", "ESH"}, {"spain", "ESP"},
    {"estonia", "EST"}, {"ethiopia", "ETH"}, {"finland", "FIN"}, {"fiji", "FJI"},
    {"falkland islands", "FLK"}, {"falkland islands (malvinas)", "FLK"}, {"france", "FRA"},
    {"faroe islands", "FRO"}, {"micronesia", "FSM"}, {"micronesia, federated states of", "FSM"},
    {"gabon", "GAB"}, {"united kingdom", "GBR"}, {"great britain", "GBR"}, {"britain", "GBR"},
    {"uk", "GBR"}, {"georgia", "GEO"}, {"guernsey", "GGY"}, {"ghana", "GHA"},
    {"gibraltar", "GIB"}, {"guinea", "GIN"}, {"guadeloupe", "GLP"}, {"gambia", "GMB"},
    {"gambia, the", "GMB"}, {"the gambia", "GMB"}, {"guinea-bissau", "GNB"},
    {"equatorial guinea", "GNQ"}, {"greece", "GRC"}, {"grenada", "GRD"}, {"greenland", "GRL"},
    {"guatemala", "GTM"}, {"french guiana", "GUF"}, {"guam", "GUM"}, {"guyana", "GUY"},
    {"hong kong", "HKG"}, {"heard island and mcdonald islands", "HMD"}, {"honduras", "HND"},
    {"croatia", "HRV"}, {"haiti", "HTI"}, {"hungary", "HUN"}, {"indonesia", "IDN"},
    {"isle of man", "IMN"}, {"india", "IND"}, {"british indian ocean territory", "IOT"},
    {"ireland", "IRL"}, {"iran", "IRN"}, {"iran, islamic republic of", "IRN"}, {"iraq", "IRQ"},
    {"iceland", "ISL"}, {"israel", "ISR"}, {"italy", "ITA"}, {"jamaica", "JAM"},
    {"jersey", "JEY"}, {"jordan", "JOR"}, {"japan", "JPN"}, {"kazakhstan", "KAZ"},
    {"kenya", "KEN"}, {"kyrgyzstan", "KGZ"}, {"cambodia", "KHM"}, {"kiribati", "KIR"},
    {"saint kitts and nevis", "KNA"}, {"south korea", "KOR"}, {"korea, republic of", "KOR"},
    {"republic of korea", "KOR"}, {"korea, south", "KOR"}, {"kuwait", "KWT"}, {"laos", "LAO"},
    {"lao people's democratic republic", "LAO"}, {"lebanon", "LBN"}, {"liberia", "LBR"},
    {"libya", "LBY"}, {"libyan arab jamahiriya", "LBY"}, {"saint lucia", "LCA"},
    {"liechtenstein", "LIE"}, {"sri lanka", "LKA"}, {"lesotho", "LSO"}, {"lithuania", "LTU"},
    {"luxembourg", "LUX"}, {"latvia", "LVA"}, {"macao", "MAC"}, {"macau", "MAC"},
    {"saint martin", "MAF"}, {"morocco", "MAR"}, {"monaco", "MCO"}, {"moldova", "MDA"},
    {"moldova, republic of", "MDA"}, {"republic of moldova", "MDA"}, {"madagascar", "MDG"},
    {"maldives", "MDV"}, {"mexico", "MEX"}, {"marshall islands", "MHL"},
    {"macedonia", "MKD"}, {"north macedonia", "MKD"},
    {"the former yugoslav republic of macedonia", "MKD"},
    {"macedonia, the former yugoslav republic of", "MKD"}, {"mali", "MLI"}, {"malta", "MLT"},
    {"myanmar", "MMR"}, {"burma", "MMR"}, {"montenegro", "MNE"}, {"mongolia", "MNG"},
    {"northern mariana islands", "MNP"}, {"mozambique", "MOZ"}, {"mauritania", "MRT"},
    {"montserrat", "MSR"}, {"martinique", "MTQ"}, {"mauritius", "MUS"}, {"malawi", "MWI"},
    {"malaysia", "MYS"}, {"mayotte", "MYT"}, {"namibia", "NAM"}, {"new caledonia", "NCL"},
    {"niger", "NER"}, {"norfolk island", "NFK"}, {"nigeria", "NGA"}, {"nicaragua", "NIC"},
    {"niue", "NIU"}, {"netherlands", "NLD"}, {"the netherlands", "NLD"}, {"holland", "NLD"},
    {"norway", "NOR"}, {"nepal", "NPL"}, {"nauru", "NRU"}, {"new zealand", "NZL"},
    {"oman", "OMN"}, {"pakistan", "PAK"}, {"panama", "PAN"}, {"pitcairn", "PCN"},
    {"peru", "PER"}, {"philippines", "PHL"}, {"palau", "PLW"}, {"papua new guinea", "PNG"},
    {"poland", "POL"}, {"puerto rico", "PRI"}, {"north korea", "PRK"},
    {"korea, democratic people's republic of", "PRK"},
    {"democratic people's republic of korea", "PRK"}, {"korea, north", "PRK"},
    {"portugal", "PRT"}, {"paraguay", "PRY"}, {"occupied palestinian territory", "PSE"},
    {"palestinian territory", "PSE"}, {"palestinian territories", "PSE"},
    {"palestinian territory, occupied", "PSE"}, {"palestine", "PSE"},
    {"palestine, state of", "PSE"}, {"state of palestine", "PSE"},
    {"french polynesia", "PYF"}, {"qatar", "QAT"}, {"reunion", "REU"}, {"romania", "ROU"},
    {"russia", "RUS"}, {"russian federation", "RUS"}, {"rwanda", "RWA"},
    {"saudi arabia", "SAU"}, {"sudan", "SDN"}, {"senegal", "SEN"}, {"singapore", "SGP"},
    {"south georgia and the south sandwich islands", "SGS"}, {"saint helena", "SHN"},
    {"svalbard and jan mayen", "SJM"}, {"solomon islands", "SLB"}, {"sierra leone", "SLE"},
    {"el salvador", "SLV"}, {"san marino", "SMR"}, {"somalia", "SOM"},
    {"saint pierre and miquelon", "SPM"}, {"serbia", "SRB"}, {"south sudan", "SSD"},
    {"sao tome and principe", "STP"}, {"suriname", "SUR"}, {"slovakia", "SVK"},
    {"slovenia", "SVN"}, {"sweden", "SWE"}, {"swaziland", "SWZ"}, {"eswatini", "SWZ"},
    {"sint maarten", "SXM"}, {"seychelles", "SYC"}, {"syria", "SYR"},
    {"syrian arab republic", "SYR"}, {"turks and caicos islands", "TCA"}, {"chad", "TCD"},
    {"togo", "TGO"}, {"thailand", "THA"}, {"tajikistan", "TJK"}, {"tokelau", "TKL"},
    {"turkmenistan", "TKM"}, {"timor-leste", "TLS"}, {"east timor", "TLS"}, {"tonga", "TON"},
    {"trinidad and tobago", "TTO"}, {"tunisia", "TUN"}, {"turkey", "TUR"},
    {"turkiye", "TUR"}, {"tuvalu", "TUV"}, {"taiwan", "TWN"},
    {"taiwan, province of china", "TWN"}, {"tanzania", "TZA"},
    {"tanzania, united republic of", "TZA"}, {"united republic of tanzania", "TZA"},
    {"uganda", "UGA"}, {"ukraine", "UKR"}, {"united states minor outlying islands", "UMI"},
    {"uruguay", "URY"}, {"united states", "USA"}, {"united states of america", "USA"},
    {"usa", "USA"}, {"us", "USA"}, {"uzbekistan", "UZB"}, {"holy see", "VAT"},
    {"holy see (vatican city state)", "VAT"}, {"vatican", "VAT"}, {"vatican city", "VAT"},
    {"saint vincent and the grenadines", "VCT"}, {"venezuela", "VEN"},
    {"venezuela, bolivarian republic of", "VEN"}, {"british virgin islands", "VGB"},
    {"virgin islands, british", "VGB"}, {"united states virgin islands", "VIR"},
    {"virgin islands, u.s.", "VIR"}, {"vietnam", "VNM"}, {"viet nam", "VNM"},
    {"vanuatu", "VUT"}, {"wallis and futuna", "WLF"}, {"samoa", "WSM"}, {"yemen", "YEM"},
    {"south africa", "ZAF"}, {"zambia", "ZMB"}, {"zimbabwe", "ZWE"}, {"kosovo", "XKX"},
    // Former states (ISO 3166-3), for historical data.
    {"soviet union", "SUN"}, {"ussr", "SUN"}, {"yugoslavia", "YUG"},
    {"czechoslovakia", "CSK"}, {"east germany", "DDR"}, {"german democratic republic", "DDR"},
    {"serbia and montenegro", "SCG"}, {"netherlands antilles", "ANT"},
};

// CAMEO region codes.
constexpr NameCode kRegions[] = {
    {"africa", "AFR"}, {"asia", "ASA"}, {"balkans", "BLK"}, {"caribbean", "CRB"},
    {"caucasus", "CAU"}, {"central africa", "CFR"}, {"central asia", "CAS"},
    {"central europe", "CEU"}, {"east indies", "EIN"}, {"east africa", "EAF"},
    {"eastern africa", "EAF"}, {"eastern europe", "EEU"}, {"europe", "EUR"},
    {"latin america", "LAM"}, {"middle east", "MEA"}, {"mediterranean", "MDT"},
    {"north africa", "NAF"}, {"northern africa", "NAF"}, {"north america", "NMR"},
    {"persian gulf", "PGS"}, {"scandinavia", "SCN"}, {"south america", "SAM"},
    {"south asia", "SAS"}, {"southern asia", "SAS"}, {"southeast asia", "SEA"},
    {"south-east asia", "SEA"}, {"south east asia", "SEA"}, {"southern africa", "SAF"},
    {"west africa", "WAF"}, {"western africa", "WAF"}, {"the west", "WST"},
    {"americas", "AMR"}, {"the americas", "AMR"},
};

// Organisations that ICEWS names without a country.
constexpr NameCode kOrganisations[] = {
    {"united nations", "IGOUNO"}, {"un", "IGOUNO"}, {"un security council", "IGOUNO"},
    {"united nations security council", "IGOUNO"}, {"un general assembly", "IGOUNO"},
    {"united nations general assembly", "IGOUNO"}, {"world health organization", "IGOUNOWHO"},
    {"unicef", "IGOUNOKID"}, {"united nations children's fund", "IGOUNOKID"},
    {"unhcr", "IGOUNOHCR"}, {"united nations high commissioner for refugees", "IGOUNOHCR"},
    {"international atomic energy agency", "IGOUNOIAE"},
    {"international court of justice", "IGOUNOICJ"}, {"world food programme", "IGOUNOWFP"},
    {"european union", "IGOEUREEC"}, {"european commission", "IGOEUREEC"},
    {"european parliament", "IGOEUREEC"}, {"council of the european union", "IGOEUREEC"},
    {"european council", "IGOEUREEC"}, {"european central bank", "IGOEUREEC"},
    {"council of europe", "IGOEURCOE"}, {"nato", "IGOWSTNAT"},
    {"north atlantic treaty organization", "IGOWSTNAT"}, {"african union", "IGOAFRAFU"},
    {"association of southeast asian nations", "IGOSEAASN"}, {"asean", "IGOSEAASN"},
    {"arab league", "IGOMEAARL"}, {"league of arab states", "IGOMEAARL"},
    {"gulf cooperation council", "IGOMEAGCC"}, {"organization of american states", "IGOAMRAMS"},
    {"world bank", "IGOWBK"}, {"international monetary fund", "IGOIMF"}, {"imf", "IGOIMF"},
    {"world trade organization", "IGOWTO"}, {"opec", "IGOOPC"},
    {"organization of the petroleum exporting countries", "IGOOPC"},
    {"international criminal court", "IGOICC"}, {"interpol", "IGOITP"}, {"g7", "IGOGOS"},
    {"group of seven", "IGOGOS"}, {"g8", "IGOGOE"}, {"g20", "IGOG20"},
    {"group of twenty", "IGOG20"}, {"brics", "IGOBRC"},
    {"shanghai cooperation organisation", "IGOASASCO"},
    {"shanghai cooperation organization", "IGOASASCO"},
    {"international committee of the red cross", "NGOIRC"}, {"red cross", "NGOIRC"},
    {"amnesty international", "NGOAMN"}, {"human rights watch", "NGOHRW"},
    {"greenpeace", "NGOGRP"},
};

// Roles in order of precedence (the first one present wins).
constexpr std::string_view kRolePrecedence[] = {
    "SPY", "MIL", "COP", "JUD", "LEG", "GOVMED", "GOV", "REB", "UAF", "OPP", "CRM", "RAD", "ELI",
    "MED", "BUS", "EDU", "HLH", "HRI", "NGO", "REL", "LAB", "AGR", "ENV", "REF", "CVL"};

// ICEWS sector names (lower case) -> role.
constexpr NameCode kSectors[] = {
    {"military", "MIL"}, {"army", "MIL"}, {"navy", "MIL"}, {"air force", "MIL"},
    {"marines", "MIL"}, {"coast guard", "MIL"}, {"defense / security ministry", "MIL"},
    {"military intelligence", "SPY"}, {"intelligence", "SPY"},
    {"intelligence ministry", "SPY"}, {"police", "COP"}, {"secret police", "COP"},
    {"judicial", "JUD"}, {"courts", "JUD"}, {"legislative / parliamentary", "LEG"},
    {"lower house", "LEG"}, {"upper house", "LEG"}, {"unicameral", "LEG"},
    {"parliamentary", "LEG"}, {"government", "GOV"}, {"executive", "GOV"},
    {"executive office", "GOV"}, {"cabinet", "GOV"}, {"local", "GOV"}, {"provincial", "GOV"},
    {"municipal", "GOV"}, {"government major party (in government)", "GOV"},
    {"government minor party (in government)", "GOV"}, {"state media", "GOVMED"},
    {"rebel", "REB"}, {"insurgents", "REB"}, {"separatists", "REB"},
    {"international insurgents", "REB"}, {"unidentified forces", "UAF"},
    {"paramilitary", "UAF"}, {"dissident", "OPP"}, {"international dissident", "OPP"},
    {"protestors / popular opposition / mobs", "OPP"},
    {"opposition major party (out of government)", "OPP"},
    {"opposition minor party (out of government)", "OPP"}, {"criminals / gangs", "CRM"},
    {"organized crime", "CRM"}, {"radicals / extremists / fundamentalists", "RAD"},
    {"elite", "ELI"}, {"media", "MED"}, {"news", "MED"}, {"print news", "MED"},
    {"television", "MED"}, {"radio", "MED"}, {"internet", "MED"}, {"business", "BUS"},
    {"multinational corporation", "BUS"}, {"education", "EDU"}, {"medical / health", "HLH"},
    {"health", "HLH"}, {"human rights ngos", "HRI"}, {"human rights", "HRI"},
    {"human rights igos", "HRI"}, {"nongovernmental organizations / activists", "NGO"},
    {"nongovernmental organization (international)", "NGO"}, {"medical / health ngos", "NGO"},
    {"international religious", "REL"}, {"national religious", "REL"}, {"muslim", "REL"},
    {"sunni", "REL"}, {"shia", "REL"}, {"christian", "REL"}, {"catholic", "REL"},
    {"protestant", "REL"}, {"orthodox", "REL"}, {"hindu", "REL"}, {"buddhist", "REL"},
    {"jews", "REL"}, {"jewish", "REL"}, {"shinto", "REL"}, {"sikh", "REL"}, {"labor", "LAB"},
    {"labour", "LAB"}, {"agricultural", "AGR"}, {"environmental", "ENV"},
    {"refugees", "REF"}, {"refugee", "REF"}, {"displaced", "REF"},
    {"general population / civilian / social", "CVL"}, {"social", "CVL"},
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool Missing(std::string_view s) {
  s = Trim(s);
  return s.empty() || s == "NA" || s == "N/A" || s == "None";
}

using Table = std::unordered_map<std::string, std::string_view>;

template <size_t N>
Table MakeTable(const NameCode (&rows)[N]) {
  Table t;
  for (const NameCode& r : rows) t.emplace(r.name, r.code);
  return t;
}

const Table& Countries() {
  static const Table t = MakeTable(kCountries);
  return t;
}
const Table& Regions() {
  static const Table t = MakeTable(kRegions);
  return t;
}
const Table& Organisations() {
  static const Table t = MakeTable(kOrganisations);
  return t;
}
const Table& Sectors() {
  static const Table t = MakeTable(kSectors);
  return t;
}

std::string_view Find(const Table& t, std::string_view name) {
  auto it = t.find(Lower(Trim(name)));
  return it == t.end() ? std::string_view() : it->second;
}

// The role a sector names, "" for none.
std::string_view SectorRole(std::string_view sector) {
  std::string_view role = Find(Sectors(), sector);
  if (!role.empty()) return role;
  std::string s = Lower(sector);
  // Families ICEWS writes in many variants.
  if (s.find("ministry") != std::string::npos) {
    if (s.find("defense") != std::string::npos || s.find("defence") != std::string::npos) {
      return "MIL";
    }
    if (s.find("intelligence") != std::string::npos) return "SPY";
    return "GOV";
  }
  if (s.find("business") != std::string::npos || s.find("corporation") != std::string::npos) {
    return "BUS";
  }
  if (s.find("ngo") != std::string::npos || s.find("nongovernmental") != std::string::npos) {
    return "NGO";
  }
  if (s.find("(in government)") != std::string::npos) return "GOV";
  if (s.find("(out of government)") != std::string::npos) return "OPP";
  return {};
}

// Region or country named in trailing parentheses: "Cabinet (Africa)" -> "Africa".
std::string_view Parenthesised(std::string_view name) {
  name = Trim(name);
  if (name.empty() || name.back() != ')') return {};
  size_t open = name.rfind('(');
  if (open == std::string_view::npos) return {};
  return name.substr(open + 1, name.size() - open - 2);
}

}  // namespace

std::string_view CountryNameToIso3(std::string_view name) { return Find(Countries(), name); }

std::string IcewsActorCode(std::string_view name, std::string_view sectors,
                           std::string_view country, std::string* unknown_country) {
  if (unknown_country) unknown_country->clear();
  // The role, from the sectors.
  std::vector<std::string_view> roles;
  if (!Missing(sectors)) {
    size_t start = 0;
    while (start <= sectors.size()) {
      size_t comma = sectors.find(',', start);
      std::string_view one =
          sectors.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                                : comma - start);
      std::string_view role = SectorRole(Trim(one));
      if (!role.empty()) roles.push_back(role);
      if (comma == std::string_view::npos) break;
      start = comma + 1;
    }
  }
  std::string_view role;
  for (std::string_view r : kRolePrecedence) {
    if (std::find(roles.begin(), roles.end(), r) != roles.end()) {
      role = r;
      break;
    }
  }

  std::string base;
  if (!Missing(country)) {
    base = std::string(CountryNameToIso3(country));
    if (base.empty() && unknown_country) *unknown_country = std::string(Trim(country));
  } else if (!Missing(name)) {
    std::string_view org = Find(Organisations(), name);
    if (!org.empty()) return std::string(org);  // an organisation's code is complete
    std::string_view region = Find(Regions(), name);
    if (region.empty()) region = Find(Countries(), name);
    if (region.empty()) {
      std::string_view inner = Parenthesised(name);
      if (!inner.empty()) {
        std::string_view inner_org = Find(Organisations(), inner);
        if (!inner_org.empty()) return std::string(inner_org);
        region = Find(Regions(), inner);
        if (region.empty()) region = Find(Countries(), inner);
      }
    }
    base = std::string(region);
  }
  if (role == "NGO") return "NGO" + base;
  return base + std::string(role);
}

}  // namespace entente
