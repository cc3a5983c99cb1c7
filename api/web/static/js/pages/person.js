// A person: the posts they hold, at which councils, with evidence.
import { getJSON } from '../api.js';
import { byId, setStatus, showError, replace } from '../dom.js';
import { setTitle, startPage } from '../page.js';
import { RELATIONSHIP_HEADER, relationshipList, relationshipRow } from '../relationships.js';
import { offerDownloads } from '../tools.js';
import { readQuery } from '../url.js';

async function render(id, { as_of: asOf }) {
  setStatus('Loading…');
  try {
    const person = await getJSON(`/v1/people/${encodeURIComponent(id)}`, { as_of: asOf });
    setTitle(person.name);
    replace(byId('posts'), relationshipList(person.posts, 'No posts recorded on this date.'));
    offerDownloads(`person-${person.id}`, {
      csv: { header: RELATIONSHIP_HEADER, rows: person.posts.map(relationshipRow) },
      json: person,
    });
    setStatus(`${person.posts.length} posts.`);
  } catch (error) {
    showError(byId('posts'), error);
    setStatus('');
  }
}

render(startPage(), readQuery());
