// Eleven questions analysts ask ClaimGraph's graph directly in Cypher (Neo4j Browser or cypher-shell).
// Names are canonical Chinese names; every actor also has an id such as 'COUNTRY:美国' and maybe an English name.
// Denied claims (美国不会加入) are kept apart: RELATION.negated and Claim.negated are true for them.

// 1. Allies of an actor: who cooperates with the United States, strongest first (asserted claims, either direction).
MATCH (us:Actor {name: '美国'})-[r:RELATION {negated: false}]-(other:Actor)
WHERE r.predicate IN ['COOPERATES', 'SUPPORTS', 'ENGAGES']
RETURN other.name AS ally, sum(r.claims) AS claims, sum(r.cooperation) AS cooperation
ORDER BY cooperation DESC, claims DESC
LIMIT 20;

// 2. Rivals of an actor: conflict weight on the relations toward it and from it.
MATCH (cn:Actor {name: '中国'})-[r:RELATION {negated: false}]-(other:Actor)
WHERE r.conflict > 0
RETURN other.name AS rival, sum(r.conflict) AS conflict, collect(DISTINCT r.predicate) AS predicates
ORDER BY conflict DESC
LIMIT 20;

// 3. Who continues whose policy or line, with the evidence sentence.
MATCH (c:Claim {predicate: 'CONTINUES', negated: false})-[:SUBJECT]->(s),
      (c)-[:OBJECT]->(o),
      (c)-[:IN]->(sentence:Sentence)<-[:HAS_SENTENCE]-(d:Document)
RETURN s.name AS continuer, o.name AS continued, c.modality AS modality, sentence.text AS evidence, d.name AS document
ORDER BY continuer, continued;

// 4. A policy's supporters over time: claims per actor and year of claim time (the date the sentence names, a
//    relative one such as 去年 read against the document date, else the document date).
MATCH (p:Policy)<-[:OBJECT]-(c:Claim {predicate: 'SUPPORTS', negated: false})-[:SUBJECT]->(supporter)
WHERE p.name = '区域全面经济伙伴关系协定' OR p.english = 'Regional Comprehensive Economic Partnership'
RETURN c.timeYear AS year, supporter.name AS supporter, count(c) AS claims
ORDER BY year, claims DESC;

// 5. Shortest path between two actors over asserted relations (denied ones link nobody).
MATCH path = shortestPath((:Actor {name: '拜登政府'})-[:RELATION*..6]-(:Actor {name: '中国'}))
WHERE all(r IN relationships(path) WHERE r.negated = false)
RETURN [n IN nodes(path) | n.name] AS actors, [r IN relationships(path) | r.predicate] AS predicates;

// 6. Every name an actor was written as, and how often (美国, 美, 美方, 华盛顿 …).
MATCH (a:Actor {id: 'COUNTRY:美国'})<-[:NAMES]-(m:Mention)
RETURN m.text AS written, count(m) AS times
ORDER BY times DESC;

// 7. Whom the texts quote: claims asserted by someone other than the author, by speaker.
MATCH (c:Claim)-[:ASSERTED_BY]->(speaker)
MATCH (c)-[:SUBJECT]->(s)
OPTIONAL MATCH (c)-[:OBJECT]->(o)
RETURN speaker.name AS speaker, s.name AS subject, c.predicate AS predicate, o.name AS object, c.negated AS denied
ORDER BY speaker;

// 8. Argument structure: claims offered as premises for other claims, with the connective.
MATCH (ps)<-[:SUBJECT]-(premise:Claim)-[link:SUPPORTS]->(conclusion:Claim)-[:SUBJECT]->(cs)
RETURN ps.name + ' ' + premise.predicate AS premise, cs.name + ' ' + conclusion.predicate AS conclusion, link.cue AS connective;

// 9. What a document says: its claims in reading order, with the exact characters behind each cue.
MATCH (d:Document {name: '000_7f31d1b3d6251144.txt'})-[:HAS_SENTENCE]->(s:Sentence)<-[:IN]-(c:Claim)-[:SUBJECT]->(subject)
OPTIONAL MATCH (c)-[:OBJECT]->(object)
RETURN s.index AS sentence, subject.name AS subject, c.predicate AS predicate, object.name AS object, c.cue AS cue,
       substring(d.originalText, c.cueStart, c.cueEnd - c.cueStart) AS cueInTheOriginal
ORDER BY sentence, c.cueStart;

// 10. Claims analysts rejected or corrected, with what they were extracted as.
MATCH (r:Review)
WHERE r.verdict IN ['REJECT', 'CORRECT']
OPTIONAL MATCH (r)-[:REVIEWS]->(c:Claim)
RETURN r.reviewedAt AS reviewed, r.reviewer AS reviewer, r.verdict AS verdict, r.subjectText AS subject, r.originalPredicate AS extracted,
       r.correctedPredicate AS corrected, r.objectText AS object, c IS NULL AS claimGoneSinceReingest
ORDER BY reviewed DESC;

// 11. Who a bare title meant: 美国总统, 国务卿 … read as the office holder at the time the sentence speaks of, and the
//     titles given with a name that did not hold the office then (国务卿拜登 in 2019).
MATCH (t:TitleReference)-[:IN]->(s:Sentence)<-[:HAS_SENTENCE]-(d:Document)
OPTIONAL MATCH (holder:Actor {id: t.holderId})
RETURN d.name AS document, t.title AS title, t.office AS office, t.at AS at, coalesce(holder.name, t.holderName) AS heldBy,
       t.namedId AS named, t.consistent AS consistent, s.text AS sentence
ORDER BY consistent, document, t.start;
