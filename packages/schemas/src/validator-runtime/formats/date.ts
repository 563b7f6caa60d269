// The calendar check, under the path compiled validators import it from (see ../../formats.ts).
export { date } from '../../calendar-date.js';
