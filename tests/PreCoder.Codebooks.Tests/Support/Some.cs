namespace PreCoder.Codebooks.Tests.Support;

/// <summary>Small codebook texts for tests: a valid one exercising every feature, and a frame for broken variants.</summary>
internal static class Some
{
    /// <summary>
    /// Header and one category/scale block that malformed-case tests append variables to. Line 12 is the first
    /// line after it, so <see cref="HeaderLines"/> lets tests state expected lines.
    /// </summary>
    public const string Header = """
        schema: precoder-codebook/1
        id: tiny
        name: Tiny codebook
        scales:
          likert4: {kind: ordinal, min: 0, max: 3, anchors: {0: Not present, 1: Present but not important, 2: Present and somewhat important, 3: Present and very important}}
          presence: {kind: binary, anchors: {0: Not reported, 1: Reported}}
          gender: {kind: nominal, categories: [male, female]}
        categories:
          - {id: vulnerabilities, name: Psycho-social vulnerabilities}
          - {id: demographics, name: Demographics}
        variables:

        """;

    public const int HeaderLines = 11;

    /// <summary>
    /// A valid codebook using every key and scale form, for round trips. Variables are grouped by category in
    /// category order, the order a .qdc code tree imposes.
    /// </summary>
    public const string FullYaml = """
        schema: precoder-codebook/1
        id: full
        name: Full codebook
        version_note: Second draft
        description: >
          Exercises every key of the format so round trips
          are checked on all of them.
        source: "Someone (2020). A study. Journal 1(1)."
        scales:
          likert4:
            kind: ordinal
            min: 0
            max: 3
            anchors: {0: Not present, 1: Present but not important, 2: Present and somewhat important, 3: Present and very important}
            description: Presence plus weight.
          presence: {kind: binary, anchors: {0: Not reported, 1: Reported}}
          gender: {kind: nominal, categories: [male, female]}
          nationality: {kind: nominal, categories: []}
          years: {kind: numeric, min: 0, max: 100}
        missing_reasons: [interview cut short, not explored, refused, not applicable]
        categories:
          - {id: demographics, name: Demographics}
          - id: vulnerabilities
            name: Psycho-social vulnerabilities
            description: Conditions before joining.
          - {id: roles, name: Roles in ISIS}
        variables:
          - {id: dem_gender, name: Gender, category: demographics, scale: gender}
          - {id: dem_nationality, name: Nationality, category: demographics, scale: nationality}
          - {id: dem_age, name: Age at joining, category: demographics, scale: years, definition: Age in whole years.}
          - id: vul_poverty
            name: Poverty
            category: vulnerabilities
            scale: likert4
            unit: interview
            role: interviewee
            applies_to: null
            definition: >
              The person or family lacked money for basic needs
              before joining.
            inclusion: Hunger, debt, unpaid rent.
            exclusion: Wanting luxuries.
            indicators:
              - "we had nothing"
              - "null"
              - "3"
            importance: Weight by how often they return to it.
          - id: vul_male_only
            name: Military service
            category: vulnerabilities
            applies_to: gender=male
            definition: Did compulsory military service.
          - id: vul_custom
            name: Custom scaled
            category: vulnerabilities
            scale: {kind: ordinal, min: 1, max: 5, anchors: {1: Low, 2: Lowish, 3: Middle, 4: Highish, 5: High}, description: Own scale.}
            role: interviewer
            definition: A variable with its own scale; text with "quotes", commas, and a
              semicolon; here.
          - {id: vul_notation, name: Notation scaled, category: vulnerabilities, scale: "nominal:a|b|c", definition: Picks one of three.}
          - {id: vul_bounded, name: Bounded number, category: vulnerabilities, scale: "numeric:0..10", definition: A count.}
          - id: rol_fighter
            name: Fighter
            category: roles
            scale: presence
            unit: passage
            role: any
            definition: Fought for ISIS.
          - id: rol_other
            name: Other role
            category: roles
            scale: binary
            definition: Any other role.
        """;
}
