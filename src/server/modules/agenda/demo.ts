export async function seedAgendaDemo() {}
