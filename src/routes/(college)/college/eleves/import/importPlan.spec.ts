import { describe, expect, it } from 'vitest';
import { readClassListTable } from '$shared/classListFile';
import { MAX_CLASS_LIST_ROWS, planClassListImport } from './importPlan';

const header = ['Nom', 'Prénom', 'Classe', 'Niveau'];

describe('planning a class-list import', () => {
  it('recognises pupils already registered and twice in the file, and keeps the rejected rows in order', () => {
    const reading = readClassListTable([
      header,
      ['Durand', 'Léa', '3e A', '3e'],
      ['Roy', 'Jade', '3e A', 'CM2'],
      ['DURAND', 'Lea', '3e A', '3e'],
      ['Ba', 'Moussa', '3e B', '3e'],
      ['Ba', 'Moussa', '3e B', '3e']
    ]);
    const plan = planClassListImport(reading, [{ firstName: 'Léa', lastName: 'Durand' }]);
    expect(plan.ok && plan.lines.map((line) => [line.row, line.outcome, line.reason])).toEqual([
      [2, 'present', 'un élève de ce nom est déjà inscrit : rien n’est changé'],
      [
        3,
        'rejected',
        'Niveau « CM2 » : niveau non concerné par la procédure (niveaux acceptés : 3e, 3e SEGPA, 3e Prépa-métiers, EANA, MLDS)'
      ],
      [4, 'rejected', 'même élève que la ligne 2 (DURAND Lea)'],
      [5, 'new', ''],
      [6, 'rejected', 'même élève que la ligne 5 (Ba Moussa)']
    ]);
    expect(plan.ok && plan.toCreate.map((row) => row.lastName)).toEqual(['Ba']);
  });

  it('refuses more pupils than one batch writes, in French, so nothing is half-written', () => {
    const rows = Array.from({ length: MAX_CLASS_LIST_ROWS + 1 }, (_, i) => [`Nom${i}`, 'Prénom', '3e A', '3e']);
    const plan = planClassListImport(readClassListTable([header, ...rows]), []);
    expect(plan).toEqual({
      ok: false,
      error: 'Le fichier compte 501 élèves à inscrire : 500 au plus par import. Découpez-le par classe.'
    });
  });

  it('passes on the file’s own error', () => {
    expect(planClassListImport(readClassListTable([]), [])).toEqual({ ok: false, error: 'Le fichier est vide.' });
  });
});
