// What the respondent is told while a finished response waits on the device (the
// outbox, lib/survey/outbox.ts), in the three working languages.
import type { Locale } from "@/lib/questionnaire/locale";

export interface OutboxMessages {
  /** Shown while the response waits: it is safe, and it will go by itself. */
  queuedTitle: string;
  queuedText: string;
  /** Shown for the moment between the connection coming back and the thank-you page. */
  sent: string;
}

export const OUTBOX_MESSAGES: Record<Locale, OutboxMessages> = {
  en: {
    queuedTitle: "Saved on this device",
    queuedText:
      "You are offline. Your answers are saved on this device and will be sent automatically when you are online again. You can close this page: they will be sent the next time you open the survey.",
    sent: "Your answers have been sent.",
  },
  ru: {
    queuedTitle: "Сохранено на этом устройстве",
    queuedText:
      "Нет подключения к интернету. Ваши ответы сохранены на этом устройстве и будут отправлены автоматически, когда подключение появится. Эту страницу можно закрыть: ответы будут отправлены, когда Вы снова откроете опрос.",
    sent: "Ваши ответы отправлены.",
  },
  kk: {
    queuedTitle: "Осы құрылғыда сақталды",
    queuedText:
      "Интернетке қосылым жоқ. Жауаптарыңыз осы құрылғыда сақталды және қосылым қалпына келгенде автоматты түрде жіберіледі. Бұл бетті жабуға болады: сауалнаманы келесі ашқаныңызда жауаптар жіберіледі.",
    sent: "Жауаптарыңыз жіберілді.",
  },
};
