namespace FactCheck.Core.Text;

/// <summary>General English abbreviations after which a period does not end a sentence.</summary>
internal static class Abbreviations
{
    // Lower case, without the final period. Titles, months, units of address, company forms.
    public static readonly HashSet<string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gov", "sen", "rep", "gen", "lt", "col", "maj", "capt", "cpt", "sgt",
        "adm", "cmdr", "gen", "pres", "supt", "insp", "det", "rev", "fr", "sr", "jr", "st", "ave", "blvd",
        "rd", "mt", "ft", "hon", "amb", "atty", "sec", "dept", "univ", "est", "approx", "no", "nos", "vs",
        "etc", "inc", "corp", "ltd", "co", "cos", "bros", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "fig", "vol", "op", "ed", "eds", "cf", "al", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
        "e.u", "d.c", "n.y", "l.a", "ph.d",
    };
}
