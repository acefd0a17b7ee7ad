// The dashboard's entry: fonts and styles, the page frame (title, navigation, language
// switch) and the hash router that renders one page at a time.
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-naskh-arabic/700.css';
import './styles.css';
import { h, mount } from './dom.js';
import { installTooltip } from './highlight.js';
import { applyLang, lang, setLang, t } from './i18n.js';
import { analysePage } from './pages/analyse.js';
import { articlePage } from './pages/article.js';
import { entityPage } from './pages/entity.js';
import { eventPage } from './pages/event.js';
import { eventsPage } from './pages/events.js';
import { overviewPage } from './pages/overview.js';
import { currentRoute, link } from './router.js';

const app = document.getElementById('app')!;
const main = h('main', { id: 'main' });

function navItem(href: string, label: string, active: boolean): HTMLElement {
  return h('a', { href, class: active ? 'nav-link active' : 'nav-link', 'aria-current': active ? 'page' : null }, label);
}

function frame(section: string): HTMLElement {
  return h('header', { class: 'top' },
    h('a', { href: '#/', class: 'brand' }, h('span', { class: 'logo' }, t('app')), h('span', { class: 'tagline' }, t('tagline'))),
    h('nav', { class: 'nav' },
      navItem('#/', t('nav_overview'), section === ''),
      navItem(link('events'), t('nav_events'), section === 'events'),
      navItem(link('analyse'), t('nav_analyse'), section === 'analyse')),
    h('button', {
      type: 'button', class: 'lang-switch', id: 'lang-switch', lang: lang() === 'ar' ? 'en' : 'ar',
      onclick: () => { setLang(lang() === 'ar' ? 'en' : 'ar'); render(); },
    }, t('switch_lang')),
  );
}

function render(): void {
  applyLang();
  const route = currentRoute();
  const [section = '', arg] = route.parts;
  mount(app, frame(section), main);
  window.scrollTo(0, 0);
  if (section === '') overviewPage(main);
  else if (section === 'events') eventsPage(main, route);
  else if (section === 'event' && arg && /^\d+$/.test(arg)) eventPage(main, Number(arg));
  else if (section === 'doc' && arg) articlePage(main, arg);
  else if ((section === 'actor' || section === 'place') && arg) entityPage(main, section, arg);
  else if (section === 'analyse') analysePage(main);
  else mount(main, h('h1', null, t('not_found')), h('p', null, h('a', { href: '#/' }, t('nav_overview'))));
}

installTooltip();
window.addEventListener('hashchange', render);
render();
