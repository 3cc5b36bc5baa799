package org.newspaperingest.structure;

import java.util.List;
import org.newspaperingest.model.Article;
import org.newspaperingest.model.Page;

/** Groups the blocks of an issue's pages into articles, joining continuations across pages. */
public interface ArticleAssembler {
    List<Article> assemble(List<Page> pages);
}
