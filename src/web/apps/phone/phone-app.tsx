import './phone.css';
/** The client's own phone: a light bundle with no staff code (ticket page and the feedback hook). */
export { FeedbackPage } from './feedback-page.js';
export { PhoneTicketPage } from './phone-ticket-page.js';
