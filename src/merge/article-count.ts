// How many distinct articles an entity, edge or event is found in. Merge reads the outputs one
// article after another, so an article's items come together: counting the changes of document
// gives the number of articles without keeping every document id (a set of ids per node held
// millions of strings at 100,000 articles).

/** Distinct documents among ids given grouped by document (each document's ids together). */
export class ArticleCount {
  size = 0;
  private last: string | undefined;

  add(doc: string): void {
    if (doc === this.last) return;
    this.size++;
    this.last = doc;
  }
}
