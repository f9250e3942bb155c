import { describe, expect, it } from 'vitest';
import { BODY, cleanFragment } from '../helpers';

describe('comment-prompt', () => {
  it('removes prompts and comment forms', async () => {
    for (const box of ['<p><a href="#comments">Leave a comment</a></p>', '<div><p>Kommentar schreiben</p><form><textarea></textarea></form></div>',
      '<p><a href="#r">Deja un comentario</a></p>']) {
      expect((await cleanFragment(BODY + box)).rules, box).toContain('comment-prompt');
    }
  });
  it('removes comment-form messages and comment counters', async () => {
    for (const c of ['<p>Um einen Kommentar zu hinterlassen, melden Sie sich bitte an.</p>', '<p>Ihr Kommentar ist zu lang.</p>',
      '<p>Dieser Artikel hat 12 Kommentare.</p>', '<div>3 comments</div>', '<span>0 Kommentare</span>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('comment-prompt');
    }
  });
  it('keeps short lines that count something else, or talk about comments', async () => {
    for (const c of ['<p>12 Kommentatoren</p>', '<p>Die Kommentare der Leser waren überwiegend positiv, sagte die Chefredakteurin.</p>', '<p>Over 300 comments were filed by residents.</p>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toEqual([]);
    }
  });
  it('keeps a paragraph about comments', async () => {
    const p = '<p>The regulator received more than 4,000 comments during the consultation, most of them opposing the plan, and said it would publish a summary of the responses in the spring.</p>';
    expect((await cleanFragment(BODY + p)).rules).toEqual([]);
  });
  it('removes star-rating prompts', async () => {
    for (const c of ['<div>(Noch keine Bewertungen)</div>', '<p>Valora esta noticia</p>', '<div>Rate this article</div>']) {
      expect((await cleanFragment(BODY + c)).rules, c).toContain('comment-prompt');
    }
  });
});

describe('comment-prompt: reader polls, in any language', () => {
  it('removes a poll of radio answers and one of answer buttons', async () => {
    const radios = '<div class="q7"><p>ANKIETA</p><p>Czy jeździsz do pracy rowerem?</p><ul><li><label><input type="radio" name="a"> Tak, codziennie</label></li><li><label><input type="radio" name="a"> Czasem</label></li><li><label><input type="radio" name="a"> Nie</label></li></ul><button>Głosuj</button></div>';
    const buttons = '<div class="x1"><h4>Anket: Toplu taşımayı ne sıklıkla kullanıyorsunuz?</h4><ul><li><button>Her gün</button></li><li><button>Haftada birkaç kez</button></li><li><button>Hiç</button></li></ul><p>Toplam 812 oy.</p></div>';
    for (const poll of [radios, buttons]) {
      const out = await cleanFragment(BODY + poll + BODY);
      expect(out.rules).toContain('comment-prompt');
    }
  });
  it('keeps a list of answers that is the story\'s (no widget), and a form with one choice', async () => {
    const list = '<div><p>What did the survey ask?</p><ul><li>Whether residents cycle to work</li><li>How often they take the bus</li></ul></div>';
    expect((await cleanFragment(BODY + list + BODY)).rules).not.toContain('comment-prompt');
  });
});

describe('reader polls and error-report prompts, as the widgets are built', () => {
  it('a poll whose question is a long paragraph, answers ticked in a list', async () => {
    const poll = '<div class="anketa"><div>ANKETA</div><p>Mislite li da bi grad trebao sam platiti cijelu obnovu stare tržnice, bez ikakve pomoći države i bez novog zaduženja?</p>' +
      '<ul><li><label><input type="radio" name="a"> Da</label></li><li><label><input type="radio" name="a"> Ne</label></li></ul></div>';
    const out = await cleanFragment(BODY + poll);
    expect(out.rules).toContain('comment-prompt');
    expect(out.text).not.toContain('Mislite li');
  });
  it('answers as buttons side by side, a "useful?" widget', async () => {
    const widget = '<div class="x1"><p>Ti è stato utile questo articolo?</p><button>Sì</button><button>No</button></div>';
    expect((await cleanFragment(BODY + widget)).text).not.toContain('utile questo');
  });
  it('the Ctrl+Enter error report, in any language', async () => {
    const line = '<p>Нашли ошибку? Выделите её и нажмите Ctrl + Enter.</p>';
    expect((await cleanFragment(BODY + line)).text).not.toContain('Ctrl');
  });
  it("keeps a story paragraph that asks a question", async () => {
    const q = '<p>Will the council find the money before winter? Its finance officer told the meeting on Tuesday that the answer depended on the grant.</p>';
    expect((await cleanFragment(BODY + q)).text).toContain('Will the council find the money');
  });
});
