// Author-bio boxes: "About the author", "Über den Autor", "Jane Doe is a reporter covering ..." boxes
// at the end of the article, usually with a photo and profile links.
import type { Block, Rule } from '../types';
import { hasPhrase, phrases, startsWithPhrase } from '../text';
import { hinted, tailShare } from '../signals';

export const HEADINGS = phrases(['about the author', 'about the authors', 'à propos de l auteur', 'a propos de l auteur',
  'l auteur', 'über den autor', 'über die autorin', 'über die autoren', 'zur person', 'zum autor', 'zur autorin',
  'sobre el autor', 'sobre la autora', 'sobre los autores', 'sull autore', 'l autore', 'sobre o autor',
  'sobre a autora', 'over de auteur', 'over de schrijver', 'o autorze', 'o autorce', 'om skribenten',
  'om författaren', 'om forfatteren', 'kirjoittajasta', 'o autorovi', 'об авторе']);

/** Stock bio sentences ("X is a reporter ..."). */
export const BIO = phrases(['is a reporter', 'is a journalist', 'is a writer', 'is a senior', 'is an editor',
  'is a correspondent', 'is a staff writer', 'is a freelance', 'is the author of', 'est journaliste',
  'est rédacteur', 'est rédactrice', 'est correspondant', 'ist redakteur', 'ist redakteurin', 'ist journalist',
  'ist journalistin', 'ist korrespondent', 'es periodista', 'es redactor', 'es redactora', 'è giornalista',
  'è un giornalista', 'é jornalista', 'is journalist', 'is redacteur', 'jest dziennikarzem', 'jest dziennikarką',
  'writes about', 'covers', 'schreibt über', 'écrit sur', 'escribe sobre', 'scrive di', 'escreve sobre',
  'är reporter', 'är journalist', 'är redaktör', 'er journalist', 'er redaktør', 'on toimittaja', 'je novinář',
  'je novinářka', 'je redaktor', 'je redaktorka', 'журналист издания', 'корреспондент издания', 'skriver om',
  'kirjoittaa', 'píše o']);

const HINTS = ['author bio', 'authorbio', 'about author', 'about the author', 'author box', 'authorbox',
  'author info', 'author description', 'author card', 'saboxplugin', 'abh box', 'molongui', 'pp author',
  'autor box', 'autorenbox', 'autoreninfo', 'bio box', 'biobox', 'author details', 'writer bio'];

function test(b: Block): boolean {
  if (b.len > 900 || b.longParas > 2) return false;
  if (hinted(b, HINTS)) return true;
  if (startsWithPhrase(b.norm, HEADINGS) && b.len < 700) return true;
  // An untitled bio: a short stock sentence near the end with a profile link or photo.
  return b.len < 350 && tailShare(b) < 0.1 && hasPhrase(b.norm, BIO) &&
    (b.linkCount > 0 || b.el.getElementsByTagName('img').length > 0) && b.tag !== 'p';
}

export const rule: Rule = {
  id: 'author-bio',
  description: 'Author-bio boxes ("About the author")',
  selectors: [
    '.saboxplugin-wrap', // WordPress Simple Author Box
    '.abh_box', // WordPress Starbox
    '.molongui-author-box', // WordPress Molongui
    '.author-bio', '.about-author', '.author-box', // common theme classes
  ],
  test,
  // An untitled bio counts only near the end: near the end of the finished article, ask again.
  reread: (b) => tailShare(b) < 0.1 && test(b),
};
