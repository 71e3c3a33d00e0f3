// Copyright 2026 The entente Authors. Apache-2.0.
//
// Gender of names for pronoun references (gender.h).  Two short lists written for entente:
// titles, and given names that world news uses for one gender (political leaders, ministers,
// officials and common English, European, Latin American, Arabic, Persian, Turkish, Russian,
// South Asian and African given names).  Names used for both genders or often met as surnames
// ("Jean", "Kim", "Sharon", "May", "Hilary", "Andrea", "Nicola", "Simone") are left out;
// "Robin" is kept male (Robin Cook).
// Lookup: hash sets built once (thread-safe static initialisation; base/word_set.h).
#include "coder/gender.h"

#include <iterator>

#include "base/word_set.h"

namespace entente::coder {
namespace {

constexpr std::string_view kMaleTitles[] = {"MR",     "MISTER",  "SIR",      "LORD",       "KING",
                                            "PRINCE", "DUKE",    "EARL",     "EMPEROR",    "BARON",
                                            "HERR",   "SENOR",   "SIGNOR",   "MONSIEUR",   "FATHER",
                                            "POPE",   "BROTHER", "CARDINAL", "ARCHBISHOP", "AYATOLLAH"};
constexpr std::string_view kFemaleTitles[] = {"MRS",    "MS",       "MISS",    "LADY",     "DAME",
                                              "QUEEN",  "PRINCESS", "DUCHESS", "BARONESS", "COUNTESS",
                                              "MADAME", "MME",      "MADAM",   "EMPRESS",  "FRAU",
                                              "SENORA", "SIGNORA",  "SISTER",  "MOTHER"};

constexpr std::string_view kFemaleNames[] = {
    "ADRIANA", "AGNES", "AISHA", "ALEJANDRA", "ALEXANDRA", "ALICE", "ALINA", "ALISON", "AMBER",
    "AMY", "ANA", "ANASTASIA", "ANGELA", "ANGELINA", "ANN", "ANNA", "ANNALENA", "ANNE", "ANNEGRET",
    "ANNETTE", "ANNIKA", "ASTRID", "AYSE", "BARBARA", "BEATA", "BEATRIZ", "BENAZIR", "BETTY",
    "BEVERLEY", "BIRGIT", "BRENDA", "BRIGITTE", "CARMEN", "CAROL", "CAROLINE", "CATHERINE",
    "CATHY", "CHANDRIKA", "CHARLOTTE", "CHERIE", "CHERYL", "CHRISTINA", "CHRISTINE", "CLAIRE",
    "CLARE", "CLAUDIA", "CONDOLEEZZA", "CORAZON", "CRISTINA", "CYNTHIA", "DALIA", "DARIA",
    "DEBORAH", "DIANA", "DIANE", "DILMA", "DINA", "DONNA", "DOROTHY", "ELENA", "ELISABETH",
    "ELIZABETH", "ELLA", "ELLEN", "ELVIRA", "EMILY", "EMMA", "ERNA", "ESTHER", "EVA", "EVELYN",
    "FATIMA", "FATMA", "FEDERICA", "FIONA", "FRANCES", "GILLIAN", "GINA", "GIORGIA", "GLENYS",
    "GLORIA", "GOLDA", "GRACE", "GWYNETH", "HANNAH", "HARRIET", "HAZEL", "HEATHER", "HELEN",
    "HELENA", "HELGA", "HELLE", "HILLARY", "HINA", "INDIRA", "INGRID", "INGRIDA", "IRINA",
    "ISABEL", "ISABELLA", "JACINDA", "JACKIE", "JACQUELINE", "JACQUI", "JANE", "JANET", "JANICE",
    "JENNIFER", "JESSICA", "JOAN", "JOANNA", "JOHANNA", "JOSEPHINE", "JOYCE", "JUDITH", "JUDY",
    "JULIA", "JULIE", "JULIET", "KAJA", "KAMALA", "KAREN", "KARIN", "KATALIN", "KATE", "KATHERINE",
    "KATHLEEN", "KATHRYN", "KATRIN", "KELLY", "KERSTI", "KHALEDA", "KHALIDA", "KIMBERLY", "KIRSTY",
    "KRISTALINA", "KSENIA", "LAILA", "LAURA", "LAUREN", "LEILA", "LESLEY", "LINDA", "LISA", "LIZ",
    "LORETTA", "LORRAINE", "LOUISE", "LUCIA", "LUCY", "LUDMILA", "LUISA", "LYUDMILA", "MADELEINE",
    "MAGDALENA", "MAIA", "MAKIKO", "MAMATA", "MARGARET", "MARGOT", "MARGRETHE", "MARIA", "MARIE",
    "MARILYN", "MARINA", "MARINE", "MARTA", "MARTHA", "MARY", "MARYAM", "MAXINE", "MEGAN",
    "MEGAWATI", "MELANIE", "MELISSA", "METTE", "MIA", "MICHELLE", "MONIKA", "NADEZHDA", "NADIA",
    "NANCY", "NATALIA", "NATALYA", "NATASHA", "NATHALIE", "NGOZI", "NICOLE", "NIKKI", "NINA",
    "NIRMALA", "OLGA", "PAMELA", "PATRICIA", "PAULA", "PAULINE", "PENNY", "PETRA", "PRATIBHA",
    "PRITI", "PRIYANKA", "RACHEL", "RANIA", "REBECCA", "REGINA", "ROBERTA", "ROSA", "ROSE",
    "ROSEMARY", "RUTH", "SABINE", "SALLY", "SALOME", "SAMANTHA", "SAMIA", "SANDRA", "SANNA",
    "SARA", "SARAH", "SEGOLENE", "SHEILA", "SHIRLEY", "SIGRID", "SILVIA", "SIMONETTA", "SOFIA",
    "SONIA", "SOPHIE", "STEPHANIE", "SUSAN", "SUSHMA", "SUZANNE", "SVETLANA", "SYLVIA", "SYLVIE",
    "TARJA", "TATIANA", "TATYANA", "TERESA", "TESSA", "THERESA", "THERESE", "TRACEY", "TZIPI",
    "ULRIKE", "URSULA", "VALENTINA", "VALERIA", "VALERIE", "VERONICA", "VERONIKA", "VICTORIA",
    "VIOLA", "VIRGINIA", "WENDY", "XIOMARA", "YELENA", "YINGLUCK", "YULIA", "YURIKO", "YVETTE",
    "YVONNE", "ZAHRA", "ZEYNEP", "ZOE", "ZUZANA"};

constexpr std::string_view kMaleNames[] = {
    "ABDEL", "ABDUL", "ABDULLAH", "ABIY", "ADAM", "AHMAD", "AHMED", "AHMET", "AKBAR", "ALAN",
    "ALASTAIR", "ALBERTO", "ALEKSANDR", "ALEKSEI", "ALEXANDER", "ALEXEI", "ALEXEY", "ALEXIS",
    "ALI", "ALISTAIR", "ALVARO", "ANATOLY", "ANDERS", "ANDREI", "ANDRES", "ANDREW", "ANDRZEJ",
    "ANTHONY", "ANTONIO", "ANTONY", "ANWAR", "ARIEL", "ARNOLD", "ASHRAF", "ASIF", "ATAL",
    "AVIGDOR", "BARACK", "BASHAR", "BEN", "BENJAMIN", "BILL", "BOGDAN", "BOLA", "BORIS", "BOUTROS",
    "BRIAN", "CARLOS", "CHARLES", "CHRISTOPHER", "COLIN", "CRAIG", "CYRIL", "DAG", "DANIEL",
    "DAVID", "DENNIS", "DEREK", "DICK", "DMITRI", "DMITRY", "DOMINIC", "DONALD", "DOUGLAS",
    "EBRAHIM", "EDWARD", "EHUD", "EMIL", "EMMANUEL", "ENRIQUE", "ERIC", "ERNESTO", "EVO", "FELIPE",
    "FIDEL", "FRANCOIS", "FRANK", "FRANZ", "FRIEDRICH", "FUMIO", "GARY", "GAVIN", "GEERT",
    "GENNADY", "GEOFF", "GEOFFREY", "GEORGE", "GERHARD", "GIUSEPPE", "GOODLUCK", "GORDON",
    "GRAHAM", "GRANT", "GUIDO", "HAFEZ", "HAIDER", "HAMID", "HANS", "HARRY", "HASAN", "HASSAN",
    "HELMUT", "HENRY", "HERMAN", "HORST", "HOSNI", "HOWARD", "HUGO", "IAN", "IGOR", "IMRAN",
    "ISAIAS", "IYAD", "JACK", "JACOB", "JACQUES", "JAIR", "JALAL", "JAMES", "JAN", "JAVAD",
    "JAVIER", "JEAN-CLAUDE", "JEAN-MARIE", "JEAN-PIERRE", "JEFF", "JENS", "JEREMY", "JIM", "JOE",
    "JOHN", "JONATHAN", "JOSCHKA", "JOSE", "JOSEF", "JOSEPH", "JUAN", "JUNICHIRO", "KARL", "KEIR",
    "KEITH", "KEN", "KENNETH", "KEVIN", "KLAUS", "KOFI", "KURT", "LARRY", "LECH", "LEONID", "LIAM",
    "LIONEL", "LUIS", "LUIZ", "MAHMOUD", "MALCOLM", "MANMOHAN", "MARIO", "MARK", "MARTIN",
    "MASOUD", "MASSOUD", "MATT", "MATTEO", "MATTHEW", "MATTHIAS", "MAURICIO", "MEVLUT", "MICHAEL",
    "MIKE", "MIKHAIL", "MITCH", "MOAMMAR", "MOHAMED", "MOHAMMAD", "MOHAMMED", "MOHSEN", "MOSHE",
    "MUAMMAR", "MUHAMMAD", "MUHAMMADU", "MWAI", "NAFTALI", "NARENDRA", "NAWAZ", "NEIL", "NELSON",
    "NICHOLAS", "NICK", "NICOLAE", "NICOLAS", "NIGEL", "NIKITA", "NIKOLAI", "NORMAN", "NOURI",
    "OLAF", "OLIVER", "OLUSEGUN", "OMAR", "OTTO", "PATRICK", "PAUL", "PEDRO", "PERVEZ", "PETER",
    "PETRO", "PHILIP", "PIERRE", "RADOVAN", "RAFAEL", "RAHUL", "RATKO", "RAUL", "RAYMOND", "RECEP",
    "RICHARD", "RICK", "RIEK", "RISHI", "ROBERT", "ROBIN", "ROGER", "ROMANO", "RONALD", "RUDY",
    "SADDAM", "SAJID", "SALVA", "SAM", "SCOTT", "SERGEI", "SERGEY", "SHEHBAZ", "SHIMON", "SHINZO",
    "SILVIO", "SIMON", "SLOBODAN", "STANISLAV", "STEPHEN", "STEVE", "STEVEN", "STUART", "TARO",
    "TAYYIP", "TED", "THABO", "THOMAS", "TIM", "TIMOTHY", "TOM", "TONY", "TREVOR", "UHURU",
    "VACLAV", "VICENTE", "VICTOR", "VIKTOR", "VLADIMIR", "VOJISLAV", "VOLODYMYR", "WALTER",
    "WAYNE", "WILLIAM", "WOLFGANG", "YAIR", "YASSER", "YASSIR", "YITZHAK", "YOSHIHIDE", "YOWERI",
    "YURI", "ZBIGNIEW", "ZORAN"};

Gender Lookup(std::string_view w, const WordSet& female, const WordSet& male) {
  if (female.contains(w)) return Gender::kFemale;
  if (male.contains(w)) return Gender::kMale;
  return Gender::kUnknown;
}

}  // namespace

Gender TitleGender(std::string_view norm) {
  static const WordSet f(std::begin(kFemaleTitles), std::end(kFemaleTitles));
  static const WordSet m(std::begin(kMaleTitles), std::end(kMaleTitles));
  if (!norm.empty() && norm.back() == '.') norm.remove_suffix(1);
  return Lookup(norm, f, m);
}

Gender GivenNameGender(std::string_view norm) {
  static const WordSet f(std::begin(kFemaleNames), std::end(kFemaleNames));
  static const WordSet m(std::begin(kMaleNames), std::end(kMaleNames));
  return Lookup(norm, f, m);
}

Gender NameGender(const Sentence& s, uint32_t first, uint32_t last) {
  const auto& toks = s.tokens;
  if (first > last || last >= toks.size()) return Gender::kUnknown;
  auto proper = [&](uint32_t t) { return toks[t].tag == Tag::NNP || toks[t].tag == Tag::NNPS; };
  // The name may start before the span the dictionary matched: "George W. Bush" (BUSH).
  while (first > 0 && (proper(first - 1) || (toks[first - 1].text == "." && first > 1 && proper(first - 2)))) {
    if (TitleGender(toks[first - 1].norm) != Gender::kUnknown) break;
    --first;
  }
  // "Mr Blair", "Mr. Blair": a title right before the name, a dot between.
  int64_t before = static_cast<int64_t>(first) - 1;
  if (before >= 0 && toks[before].text == ".") --before;
  if (before >= 0) {
    Gender g = TitleGender(toks[before].norm);
    if (g != Gender::kUnknown) return g;
  }
  // A title inside the name, or a known given name before its last word ("President Vladimir
  // Putin": VLADIMIR; "Merkel" alone shows nothing).
  for (uint32_t t = first; t <= last; ++t) {
    Gender g = TitleGender(toks[t].norm);
    if (g == Gender::kUnknown && t < last && proper(t)) g = GivenNameGender(toks[t].norm);
    if (g != Gender::kUnknown) return g;
  }
  return Gender::kUnknown;
}

}  // namespace entente::coder
