// ClaimGraph on Neo4j 5: indexes for the lookups the store and analysts make, applied at every start.

// Actors and policies by any of their names (claims(subject: "美国"), actor(name: "United States")).
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_english IF NOT EXISTS FOR (a:Actor) ON (a.english);
CREATE INDEX actor_type IF NOT EXISTS FOR (a:Actor) ON (a.type);
CREATE INDEX policy_name IF NOT EXISTS FOR (p:Policy) ON (p.name);
CREATE INDEX policy_english IF NOT EXISTS FOR (p:Policy) ON (p.english);
CREATE INDEX mention_text IF NOT EXISTS FOR (m:Mention) ON (m.text);

// Everything of one document, for reads and for deleting or replacing it.
CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId);
CREATE INDEX mention_document IF NOT EXISTS FOR (m:Mention) ON (m.documentId);
CREATE INDEX claim_document IF NOT EXISTS FOR (c:Claim) ON (c.documentId);
CREATE INDEX argument_link_document IF NOT EXISTS FOR (l:ArgumentLink) ON (l.documentId);
CREATE INDEX title_reference_document IF NOT EXISTS FOR (t:TitleReference) ON (t.documentId);

// Claim filters and reviews.
CREATE INDEX claim_predicate IF NOT EXISTS FOR (c:Claim) ON (c.predicate);
CREATE INDEX review_claim IF NOT EXISTS FOR (r:Review) ON (r.claimId);
CREATE INDEX relation_claims IF NOT EXISTS FOR ()-[r:RELATION]-() ON (r.claims);

// Actors in time: year ranges (from/to) slice claims by the year of their time; an actor's mergedFrom finds the
// office titles read as it by holderId.
CREATE INDEX claim_time_year IF NOT EXISTS FOR (c:Claim) ON (c.timeYear);
CREATE INDEX title_reference_holder IF NOT EXISTS FOR (t:TitleReference) ON (t.holderId);

// Substring search: text indexes serve CONTAINS; folded is the lower-cased text the ranked search matches.
CREATE TEXT INDEX sentence_text IF NOT EXISTS FOR (s:Sentence) ON (s.text);
CREATE TEXT INDEX sentence_folded IF NOT EXISTS FOR (s:Sentence) ON (s.folded);
CREATE TEXT INDEX mention_text_contains IF NOT EXISTS FOR (m:Mention) ON (m.text);
