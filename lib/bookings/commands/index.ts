/*
 * Room booking commands: booking (book.ts), the booker's and the staff's decisions on a booking
 * (decisions.ts), and the staff's blocks, rooms and equipment (staff.ts).
 */
export * from "./book";
export * from "./decisions";
export * from "./staff";
