// App promotions: "Download our app", "Téléchargez l'application", "Laden Sie unsere App",
// app-store badges and smart banners.
import type { Block, Rule } from '../types';
import { hasPhrase, phrases } from '../text';
import { APP_URLS, hinted, linkDensity, linksNamingOutlet, linksTo, proseLike, reportedSpeech } from '../signals';

// Store names alone are not calls: "available to rent on Google Play" is a review's information.
export const CALLS = phrases(['download our app', 'download the app', 'get the app', 'get our app', 'our app',
  'our free app', 'téléchargez', 'notre application', 'l application', 'notre appli',
  'app herunterladen', 'unsere app', 'laden sie', 'lade dir', 'in der app', 'descarga', 'descárgate', 'nuestra app',
  'nuestra aplicación', 'scarica', 'nostra app', 'baixe', 'nosso app', 'nosso aplicativo', 'descarregue',
  'download de app', 'onze app', 'pobierz aplikację', 'naszą aplikację', 'pobierz', 'aplikacja', 'news app',
  'nachrichten app', 'in einer app', 'in one app', 'ladda ner vår app', 'ladda ner appen', 'vår app',
  'hent vores app', 'hent appen', 'last ned appen', 'lataa sovellus', 'lataa sovelluksemme', 'stáhněte si aplikaci',
  'naše aplikace', 'скачайте приложение', 'наше приложение']);

/** Push-notification prompts ("Verpasse keine News! Aktiviere die Benachrichtigungen"). */
export const NOTIFY = phrases(['turn on notifications', 'enable notifications', 'enable push notifications',
  'aktiviere die benachrichtigungen', 'benachrichtigungen aktivieren', 'push benachrichtigungen aktivieren',
  'activez les notifications', 'activer les notifications', 'activa las notificaciones', 'activar las notificaciones',
  'attiva le notifiche', 'ative as notificações', 'ativar notificações', 'zet meldingen aan', 'meldingen inschakelen',
  'włącz powiadomienia', 'slå på notiser', 'aktivera notiser', 'slå notifikationer til', 'slå på varsler',
  'ota ilmoitukset käyttöön', 'zapněte si upozornění', 'включите уведомления']);

const HINTS = ['app promo', 'apppromo', 'app banner', 'appbanner', 'smartbanner', 'smart banner', 'app download',
  'app teaser', 'appteaser', 'app badge', 'app store', 'appstore', 'download app'];

function test(b: Block): boolean {
  if (b.len > 600 || proseLike(b) || reportedSpeech(b)) return false;
  const stores = linksTo(b, APP_URLS);
  // The outlet's own app in the stores, in a short block: an app promo whatever language it speaks.
  if (stores > 0 && b.len < 300 && linksNamingOutlet(b, APP_URLS).length > 0) return true;
  const calls = hasPhrase(b.norm, CALLS);
  if (b.len < 120 && hasPhrase(b.norm, NOTIFY)) return true;
  if (stores > 0 && ((calls && (b.len < 300 || stores >= 2 || hinted(b, HINTS))) || (b.len < 60 && linkDensity(b) > 0.7))) return true;
  return hinted(b, HINTS) && calls;
}

export const rule: Rule = {
  id: 'app-promo',
  description: 'Promotions for the publisher\'s mobile app',
  test,
};
