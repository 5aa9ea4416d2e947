// News agencies whose name in brackets opens an agency dateline ("PARIS (AFP) - 21 mars 2023 -").
export const AGENCIES = [
  "AFP", "Reuters", "AP", "dpa", "DPA", "ANSA", "EFE", "Lusa", "Belga", "ANP", "APA", "KNA", "EP", "Europa Press",
  "AGI", "Adnkronos", "PAP", "TASS", "Xinhua", "Kyodo", "Yonhap", "AA", "SDA", "Keystone-SDA", "epd", "KNA", "CTK", "TT", "NTB", "STT",
];

/** Picture agencies and libraries whose name closes a caption ("(mlharing / iStock.com)", "© Rike/pixelio.de"). */
export const PICTURE_AGENCIES = [
  "iStock", "iStockphoto", "Getty Images", "Getty", "Shutterstock", "Adobe Stock", "AdobeStock", "Fotolia", "pixelio",
  "picture alliance", "picture-alliance", "imago", "Unsplash", "Pexels", "Pixabay", "Dreamstime", "Alamy", "123RF",
  "Depositphotos", "Colourbox", "Westend61",
];
