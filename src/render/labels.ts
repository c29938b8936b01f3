/** Words the renderer writes into an article, per language, so a French article says "Remarque". */
export interface Labels {
  note: string;
  tip: string;
  important: string;
  warning: string;
  caution: string;
  footnotes: string;
}

const EN: Labels = { note: 'Note', tip: 'Tip', important: 'Important', warning: 'Warning', caution: 'Caution', footnotes: 'Footnotes' };

const LABELS: Record<string, Labels> = {
  en: EN,
  de: { note: 'Hinweis', tip: 'Tipp', important: 'Wichtig', warning: 'Warnung', caution: 'Vorsicht', footnotes: 'Fußnoten' },
  es: { note: 'Nota', tip: 'Consejo', important: 'Importante', warning: 'Advertencia', caution: 'Precaución', footnotes: 'Notas al pie' },
  fr: {
    note: 'Remarque',
    tip: 'Conseil',
    important: 'Important',
    warning: 'Avertissement',
    caution: 'Attention',
    footnotes: 'Notes de bas de page',
  },
  it: {
    note: 'Nota',
    tip: 'Suggerimento',
    important: 'Importante',
    warning: 'Avviso',
    caution: 'Attenzione',
    footnotes: 'Note a piè di pagina',
  },
  ja: { note: '注記', tip: 'ヒント', important: '重要', warning: '警告', caution: '注意', footnotes: '脚注' },
  nl: { note: 'Opmerking', tip: 'Tip', important: 'Belangrijk', warning: 'Waarschuwing', caution: 'Let op', footnotes: 'Voetnoten' },
  pt: { note: 'Nota', tip: 'Dica', important: 'Importante', warning: 'Aviso', caution: 'Cuidado', footnotes: 'Notas de rodapé' },
};

/** By language (`pt-br` → `pt`); English for any other or an unknown locale. */
export function labelsFor(locale: string | undefined): Labels {
  return LABELS[(locale ?? 'en').toLowerCase().split('-')[0]!] ?? EN;
}
