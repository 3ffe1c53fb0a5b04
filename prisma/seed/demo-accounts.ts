/** The demo course's people; documented in README.md. Everyone shares one password. */
export const demoPassword = "stoa-demo-2026";

export const demoInstructor = { email: "instructor@stoa.test", name: "Prof. Miriam Adler" };

const studentNames = [
  "Amara Okafor",
  "Ben Castillo",
  "Chloé Martin",
  "Dmitri Volkov",
  "Esther Nakamura",
  "Farid Haddad",
  "Grace O'Connell",
  "Hugo Lindqvist",
  "Isla Fraser",
  "Jonah Weiss",
  "Kavya Reddy",
  "Leo Moreau",
];

export const demoStudents = studentNames.map((name, index) => ({
  email: `student${String(index + 1).padStart(2, "0")}@stoa.test`,
  name,
}));
