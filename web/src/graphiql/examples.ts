// Example operations opened as tabs the first time the IDE is used (GraphiQL keeps the user's own tabs after that).

export const EXAMPLES: { query: string; variables?: string }[] = [
  {
    query: `# Does the Biden administration continue or change Trump's line? Every claim carries its evidence:
# the sentence, the document and the offsets of subject and object in the original text.
# Press the run button (or Ctrl-Enter). The Docs button on the left shows the whole schema.
query BidenAndTrump {
  claims(subject: "拜登政府", object: "特朗普政府", first: 5) {
    totalCount
    nodes {
      predicate negated modality cue year
      sentence { text start }
      document { name title }
      evidence { subjectStart subjectEnd objectStart objectEnd }
    }
  }
}
`,
  },
  {
    query: `# One node for 美国, 美, 美方, 华盛顿 and 美國, asked for by any of its names, with its strongest relations.
query UnitedStates($name: String!) {
  actor(name: $name) {
    name englishName qid
    aliases { text count }
    relations(minClaims: 5) { other { name } direction claims cooperation conflict }
  }
}
`,
    variables: '{ "name": "美方" }',
  },
  {
    query: `# Who supports RCEP, and who opposes it (asserted claims only).
query Rcep {
  policy(name: "RCEP") {
    name englishName
    supporters { other { name } claims }
    opponents { other { name } claims }
  }
}
`,
  },
  {
    query: `# The network a dashboard draws: edges counted from predicted claims naming a year from 2017 on.
query PredictedSince2017 {
  network(modalities: [PREDICTED], from: 2017, minWeight: 1) {
    nodes { id name type claims }
    edges { source target predicate count cooperation conflict firstYear lastYear }
  }
}
`,
  },
  {
    query: `# Full-text search (works on Chinese), with the claims read from each sentence.
query Search {
  search(text: "印太战略", first: 5) {
    sentence { text document { name } }
    claims { subject { name } predicate object { name } }
  }
}
`,
  },
];
