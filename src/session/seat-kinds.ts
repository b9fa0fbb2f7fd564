// What a `# seat:` name means for the room, decided once: a seat of power (the head of the table, the
// desk, a raised chair) belongs to whoever runs the meeting. The stage draws it tall, at the head of the
// table; when the seller takes it, the buyer sits on the offered seat instead.
export function isHeadSeat(seat: string): boolean {
  return /head|desk|raised|high|throne|boss/.test(seat);
}
