/** "Realism" for a position's only team, "Realism A", "Realism B", … when it has several. */
export function teamName(theoryName: string, teamIndex: number, teamsForPosition: number): string {
  if (teamsForPosition <= 1) return theoryName;
  return `${theoryName} ${teamLetter(teamIndex)}`;
}

function teamLetter(index: number): string {
  let letters = "";
  for (let rest = index; rest >= 0; rest = Math.floor(rest / 26) - 1) letters = String.fromCharCode(65 + (rest % 26)) + letters;
  return letters;
}
